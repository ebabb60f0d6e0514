<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../desktop/core/acceptance.py" line="+68"/>
        <source>Give the date of the review (not in the future).</source>
        <translation>གདེང་འཇོག་གི་ཚེས་གྲངས་འབྲི་རོགས། (མ་འོངས་པའི་ཚེས་གྲངས་མི་ཆོག)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review is dated before the last one ({date}).</source>
        <translation>གདེང་འཇོག་འདིའི་ཚེས་གྲངས་ཐེངས་སྔ་མ་ ({date}) ལས་སྔ་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The village has already passed the final review.</source>
        <translation>གྲོང་ཚོ་འདི་མཐའ་མའི་གདེང་འཇོག་ཚད་ལ་སླེབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review is the {expected}; the {level} comes after it has passed.</source>
        <translation>རྗེས་མའི་གདེང་འཇོག་ནི་{expected} ཡིན། དེ་ཚད་ལ་སླེབས་རྗེས་གཞི་ནས་{level} བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the village did not pass: the comments tell the township what to fix.</source>
        <translation>གྲོང་ཚོ་འདི་ཚད་ལ་མ་སླེབས་པའི་རྒྱུ་མཚན་འབྲི་རོགས། བསམ་འཆར་དེས་ཤང་གྲོང་རྡལ་ལ་ཅི་ཞིག་ལེགས་བཅོས་བྱེད་དགོས་པ་བརྡ་སྤྲོད།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The work team has already been withdrawn.</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work team stays until the village has passed the county committee&apos;s final review.</source>
        <translation>གྲོང་ཚོ་འདི་རྫོང་ཨུའི་རྒྱུན་ཨུ་ཚོགས་འདུའི་མཐའ་མའི་གདེང་འཇོག་ཚད་ལ་མ་སླེབས་བར་དུ་གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The work team is withdrawn on or after the day of the final review ({date}), not before.</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་མཐའ་མའི་གདེང་འཇོག་གི་ཉིན་མོ་ ({date}) འམ་དེའི་རྗེས་སུ་ཕྱིར་ཐོན་དགོས། དེའི་སྔོན་དུ་ཕྱིར་ཐོན་མི་ཆོག</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../desktop/ui/acceptance_dialog.py" line="+125"/>
        <source>Comments (required)</source>
        <translation>བསམ་འཆར། (ངེས་པར་འབྲི་དགོས།)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose whether the village passed.</source>
        <translation>གྲོང་ཚོ་འདི་ཚད་ལ་སླེབས་མིན་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>record the {level} of {village}: {result}</source>
        <translation>“{village}”ཡི་{level} ({result}) ཐོ་འགོད</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acceptance review: {village}</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག {village}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>གདེང་འཇོག་གི་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>མཇུག་འབྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body or person that decided</source>
        <translation>གཏན་འབེབས་བྱས་པའི་ལས་ཁུངས་སམ་མི་སྒེར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11-20</source>
        <translation>དཔེར་ན། 2026-11-20</translation>
    </message>
</context>
<context>
    <name>AcceptanceTab</name>
    <message>
        <location filename="../desktop/ui/acceptance_tab.py" line="+163"/>
        <source>{result} on {date}</source>
        <translation>{date} {result}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>རྗེས་མ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: to be reviewed again</source>
        <translation>རྗེས་མ། ཡང་བསྐྱར་གདེང་འཇོག་བྱ་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>ད་དུང་གདེང་འཇོག་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All three reviews passed.</source>
        <translation>གདེང་འཇོག་རིམ་པ་གསུམ་ཆར་ཚད་ལ་སླེབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: the {level}.</source>
        <translation>རྗེས་མ་ནི་{level} ཡིན།</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Campaign status</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>གདེང་འཇོག་གི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>གདེང་འཇོག་གི་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>མཇུག་འབྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record review…</source>
        <translation>གདེང་འཇོག་ཐོ་འགོད།…</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../desktop/cli/signin.py" line="+40"/>
        <source>This database has user accounts: say who you are with --user LOGIN (or VILLAGEDESK_USER).</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཡོད། --user LOGIN (ཡང་ན་ VILLAGEDESK_USER) ཡིས་ཁྱེད་སུ་ཡིན་པ་སྟོན་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password for {login}: set VILLAGEDESK_PASSWORD, or run this in a terminal to type it.</source>
        <translation>{login} ཡི་གསང་ཨང་མེད། VILLAGEDESK_PASSWORD སྒྲིག་པའམ། ཡང་ན་བཀའ་བརྡའི་སྒེའུ་ཁུང་ནང་བཀའ་བརྡ་འདི་འཁོར་སྐྱོད་བྱས་ནས་གསང་ཨང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {login}: </source>
        <translation>{login} ཡི་གསང་ཨང་། </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{login} must choose a new password first: villagedesk users passwd --user {login}</source>
        <translation>{login} ཡིས་སྔོན་ལ་གསང་ཨང་གསར་པ་ཞིག་གཏན་འཁེལ་དགོས། villagedesk users passwd --user {login}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+72"/>
        <source>No password given: use --password-stdin, or run this in a terminal to type it.</source>
        <translation>གསང་ཨང་སྤྲད་མེད། --password-stdin བེད་སྤྱོད་པའམ། ཡང་ན་བཀའ་བརྡའི་སྒེའུ་ཁུང་ནང་བཀའ་བརྡ་འདི་འཁོར་སྐྱོད་བྱས་ནས་གསང་ཨང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password: </source>
        <translation>གསང་ཨང་གསར་པ། </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>གསང་ཨང་དེ་བསྐྱར་དུ་འཇུག་རོགས། </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>གསང་ཨང་གཉིས་མི་མཐུན་པས་བཟོ་བཅོས་གང་ཡང་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There are no user accounts: anyone who opens this database may do everything. Add an administrator with `villagedesk users add LOGIN --role admin`.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་གང་ཡང་མེད། གཞི་གྲངས་མཛོད་འདི་ཁ་ཕྱེ་མཁན་སུ་ཡིན་ཡང་བྱ་བ་ཚང་མ་བྱེད་ཆོག `villagedesk users add LOGIN --role admin` ཡིས་མ་ལག་དོ་དམ་པ་ཞིག་ཁ་སྣོན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>མངོན་པའི་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>འགན་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>བེད་སྤྱོད་མཚམས་བཞག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>མཐའ་མའི་ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first user must be an administrator: add --role admin.</source>
        <translation>སྤྱོད་མཁན་དང་པོ་ངེས་པར་དུ་མ་ལག་དོ་དམ་པ་ཡིན་དགོས། --role admin ཁ་སྣོན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added {login} ({roles}).</source>
        <translation>{login} ({roles}) ཁ་སྣོན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database now needs a sign-in: give --user {login} (or set VILLAGEDESK_USER) and the password.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་ད་ནས་ནང་འཛུལ་དགོས། --user {login} (ཡང་ན་ VILLAGEDESK_USER སྒྲིག་པ།) དང་གསང་ཨང་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to change for {login}.</source>
        <translation>{login} ལ་བཟོ་བཅོས་བྱ་རྒྱུ་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation>བེད་སྤྱོད་མཚམས་བཞག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>བེད་སྤྱོད་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: {roles}, {state}.</source>
        <translation>{login}: {roles} {state}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password set for {login}; it must be changed at the next sign-in.</source>
        <translation>{login} ལ་གསང་ཨང་གསར་པ་སྒྲིག་ཟིན། ཐེངས་རྗེས་མར་ནང་འཛུལ་སྐབས་ངེས་པར་དུ་བཟོ་བཅོས་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/services/users.py" line="+263"/>
        <location line="+23"/>
        <source>No one is signed in: this database has no user accounts.</source>
        <translation>སུ་ཡང་ནང་འཛུལ་བྱས་མེད། གཞི་གྲངས་མཛོད་འདིར་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password has been changed.</source>
        <translation>ཁྱེད་ཀྱི་གསང་ཨང་བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/core/access.py" line="+38"/>
        <source>Clerk</source>
        <translation>ཤང་གི་ནང་འཇུག་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>ཤང་གི་ཧྲུའུ་ཅི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County reviewer</source>
        <translation>རྫོང་རིམ་ཞིབ་བཤེར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>མ་ལག་དོ་དམ་པ།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a village</source>
        <translation>གྲོང་ཚོ་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a village</source>
        <translation>གྲོང་ཚོ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a roster</source>
        <translation>མིང་ཐོ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a township or county</source>
        <translation>ཤང་གྲོང་རྡལ་ལམ་རྫོང་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a township or county</source>
        <translation>ཤང་གྲོང་རྡལ་ལམ་རྫོང་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a change</source>
        <translation>འགྱུར་བ་ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install a checklist template</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་སྒྲིག་འཇུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the shipped checklist templates</source>
        <translation>མཉེན་ཆས་དང་མཉམ་དུ་ཡོད་པའི་ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་སྒྲིག་འཇུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an inspection</source>
        <translation>ཞིབ་བཤེར་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an inspection</source>
        <translation>ཞིབ་བཤེར་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise an inspection</source>
        <translation>ཞིབ་བཤེར་གཏན་འཁེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a finalised inspection</source>
        <translation>གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་ནོར་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete an inspection</source>
        <translation>ཞིབ་བཤེར་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the warning policy</source>
        <translation>ཉེན་བརྡའི་སྒྲིག་གཞི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the days before a deadline</source>
        <translation>དུས་བཀག་གི་སྔོན་གྱི་ཉིན་གྲངས་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate a village</source>
        <translation>གྲོང་ཚོའི་རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a problem</source>
        <translation>གནད་དོན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a problem</source>
        <translation>གནད་དོན་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a problem</source>
        <translation>གནད་དོན་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add problems from an inspection</source>
        <translation>ཞིབ་བཤེར་ལས་གནད་དོན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work on a problem</source>
        <translation>གནད་དོན་ལེགས་བཅོས་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem solved</source>
        <translation>གནད་དོན་ཐག་ཆོད་ཟིན་པའི་སྙན་ཞུ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a problem</source>
        <translation>གནད་དོན་ཡང་བསྐྱར་བྱུང་བར་རྟགས་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out a problem</source>
        <translation>གནད་དོན་ཐོ་ནས་བསུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a problem back as not solved</source>
        <translation>གནད་དོན་ཐག་མ་ཆོད་པས་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a rectification plan</source>
        <translation>ལེགས་སྒྲིག་གི་འཆར་གཞི་ཟིན་བྲིས་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a rectification plan</source>
        <translation>ལེགས་སྒྲིག་གི་འཆར་གཞི་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a plan&apos;s meeting</source>
        <translation>འཆར་གཞིའི་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise a returned plan</source>
        <translation>ཕྱིར་སློག་བྱས་པའི་འཆར་གཞི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit a plan to the county</source>
        <translation>འཆར་གཞི་རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a plan</source>
        <translation>འཆར་གཞི་ཞུས་བཤེར་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return a plan for revision</source>
        <translation>འཆར་གཞི་བཟོ་བཅོས་ཆེད་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a support log entry</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a support log entry</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a support log entry</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an acceptance review</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve a conflict</source>
        <translation>འགལ་ཟླ་ཐག་གཅོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this installation&apos;s keys</source>
        <translation>མཐའ་སྣེ་འདིའི་གསང་ལྡེ་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew this installation&apos;s keys</source>
        <translation>མཐའ་སྣེ་འདིའི་གསང་ལྡེ་གསར་བརྗེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the exchange</source>
        <translation>གཞི་གྲངས་བརྗེ་རེས་སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol an installation</source>
        <translation>མཐའ་སྣེ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke an installation</source>
        <translation>མཐའ་སྣེ་ཆ་མེད་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in demo data</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་འཇུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings</source>
        <translation>སྒྲིག་འགོད་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup</source>
        <translation>གྲབས་ཉར་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation>གྲབས་ཉར་ནས་སླར་གསོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the backup folder</source>
        <translation>གྲབས་ཉར་ཡིག་སྣོད་བསྒྱུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit trail</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་བརྟག་དཔྱད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View a record&apos;s history</source>
        <translation>ཟིན་ཐོའི་བཟོ་བཅོས་ཟིན་ཐོ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a user</source>
        <translation>སྤྱོད་མཁན་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a user</source>
        <translation>སྤྱོད་མཁན་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset a user&apos;s password</source>
        <translation>སྤྱོད་མཁན་གྱི་གསང་ཨང་བསྐྱར་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own password</source>
        <translation>རང་གི་གསང་ཨང་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a password with the recovery key</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་བེད་སྤྱད་ནས་གསང་ཨང་སྒྲིག་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>ནང་འཛུལ་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ཟྭ་ཕྱེ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock</source>
        <translation>ཟྭ་ཕྱེ་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no role</source>
        <translation>འགན་གནས་མེད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{roles}, {role}</source>
        <translation>{roles} {role}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“{action}” is not an action VillageDesk knows, so it is refused.</source>
        <translation>“{action}” ནི་ VillageDesk གིས་ངོས་འཛིན་པའི་བྱ་བ་མིན་པས་ཁས་མ་བླངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in first: “{action}” needs a signed-in user.</source>
        <translation>སྔོན་ལ་ནང་འཛུལ་གནང་རོགས། “{action}” ལ་ནང་འཛུལ་བྱས་པའི་སྤྱོད་མཁན་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} may not “{action}”: that needs the role {needed}. {user}&apos;s roles: {roles}.</source>
        <translation>{user} ལ་“{action}” བྱེད་དབང་མེད། དེར་འགན་གནས་ {needed} དགོས། {user} ཡི་འགན་གནས། {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation> ཡང་ན་ </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A login name is needed.</source>
        <translation>ནང་འཛུལ་མིང་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A login name has at most {count} characters.</source>
        <translation>ནང་འཛུལ་མིང་ལ་ཡིག་འབྲུ་ {count} ལས་བརྒལ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login name cannot contain spaces or commas.</source>
        <translation>ནང་འཛུལ་མིང་ནང་བར་སྟོང་ངམ་ཚེག་ལྷེ་ (,) འཇུག་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../desktop/core/passwords.py" line="+18"/>
        <source>A password needs at least {count} characters.</source>
        <translation>གསང་ཨང་ལ་ཉུང་མཐར་ཡིག་འབྲུ་ {count} དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be the login name.</source>
        <translation>གསང་ཨང་དང་ནང་འཛུལ་མིང་གཅིག་མཚུངས་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be one character repeated.</source>
        <translation>གསང་ཨང་ནི་ཡིག་འབྲུ་གཅིག་བསྐྱར་ཟློས་བྱས་པ་ཡིན་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../desktop/services/changes.py" line="+65"/>
        <source>Changes to user accounts and sign-ins cannot be undone.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་དང་ནང་འཛུལ་གྱི་འགྱུར་བ་ཕྱིར་འཐེན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/users.py" line="-225"/>
        <source>{count} seconds</source>
        <translation>སྐར་ཆ་ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} minutes</source>
        <translation>སྐར་མ་ {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login name or the password is wrong.</source>
        <translation>ནང་འཛུལ་མིང་ངམ་གསང་ཨང་ནོར་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords. Try again in {wait}.</source>
        <translation>གསང་ཨང་ནོར་ཐེངས་མང་དྲགས་པས། {wait} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such user.</source>
        <translation>སྤྱོད་མཁན་དེ་མེད།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no user with the login name {login}.</source>
        <translation>ནང་འཛུལ་མིང་ {login} ཡིན་པའི་སྤྱོད་མཁན་མེད།</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <source>A user needs at least one role.</source>
        <translation>སྤྱོད་མཁན་ལ་ཉུང་མཐར་འགན་གནས་གཅིག་དགོས།</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+39"/>
        <source>A name has at most {count} characters.</source>
        <translation>མིང་ལ་ཡིག་འབྲུ་ {count} ལས་བརྒལ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This database already has user accounts: sign in.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཡོད་ཟིན། ནང་འཛུལ་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be an administrator, or no one could manage the accounts.</source>
        <translation>སྤྱོད་མཁན་དང་པོ་ངེས་པར་དུ་མ་ལག་དོ་དམ་པ་ཡིན་དགོས། དེ་མིན་ན་ཐོ་ཁོངས་དོ་དམ་བྱེད་མཁན་སུ་ཡང་མེད་པར་འགྱུར།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a user with the login name {login}.</source>
        <translation>ནང་འཛུལ་མིང་ {login} ཡིན་པའི་སྤྱོད་མཁན་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>You cannot disable your own account.</source>
        <translation>རང་གི་ཐོ་ཁོངས་བེད་སྤྱོད་མཚམས་འཇོག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot take away your own administrator role.</source>
        <translation>རང་གི་མ་ལག་དོ་དམ་པའི་འགན་གནས་མེད་པ་བཟོ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There must stay at least one enabled administrator.</source>
        <translation>ཉུང་མཐར་བེད་སྤྱོད་བྱེད་བཞིན་པའི་མ་ལག་དོ་དམ་པ་གཅིག་ཡོད་དགོས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/user_keys.py" line="+62"/>
        <source>Only an enabled administrator&apos;s password can be set with the recovery key; {login} is not one.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གིས་བེད་སྤྱོད་བྱེད་བཞིན་པའི་མ་ལག་དོ་དམ་པའི་གསང་ཨང་ཁོ་ན་སྒྲིག་ཐུབ། {login} ནི་བེད་སྤྱོད་བྱེད་བཞིན་པའི་མ་ལག་དོ་དམ་པ་མིན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/users.py" line="+52"/>
        <source>The current password is wrong.</source>
        <translation>ད་ལྟའི་གསང་ཨང་ནོར་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>གསང་ཨང་གསར་པ་ད་ལྟའི་གསང་ཨང་དང་མི་འདྲ་བ་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+32"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>ཐོ་ཁོངས་འདི་བེད་སྤྱོད་མཚམས་བཞག་ཟིན། མ་ལག་དོ་དམ་པར་འདྲི་རོགས།</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This account no longer exists.</source>
        <translation>ཐོ་ཁོངས་འདི་ད་ལྟ་མེད།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{login} cannot open this encrypted database yet: reset their password to give them a key, then tell them the new password.</source>
        <translation>{login} ཡིས་གསང་སྦས་བྱས་ཟིན་པའི་གཞི་གྲངས་མཛོད་འདི་ད་དུང་ཁ་འབྱེད་མི་ཐུབ། ཁོང་ལ་ལྡེ་མིག་སྤྲོད་ཆེད་ཁོང་གི་གསང་ཨང་བསྐྱར་སྒྲིག་བྱས་རྗེས། གསང་ཨང་གསར་པ་ཁོང་ལ་ཤེས་སུ་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+46"/>
        <source>The password is wrong.</source>
        <translation>གསང་ཨང་ནོར་འདུག</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="+240"/>
        <source>This database is encrypted: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD for a screenshot.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་གསང་སྦས་བྱས་ཟིན། པར་ལེན་སྐབས་ VILLAGEDESK_USER དང་ VILLAGEDESK_PASSWORD སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This database has user accounts: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD for a screenshot.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཡོད། པར་ལེན་སྐབས་ VILLAGEDESK_USER དང་ VILLAGEDESK_PASSWORD སྤྲོད་རོགས།</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../desktop/ui/account_menu.py" line="+102"/>
        <source>&amp;Account</source>
        <translation>ཐོ་ཁོངས(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet: open to anyone on this computer</source>
        <translation>ད་དུང་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་མེད། གློག་ཀླད་འདིའི་ཐོག་སུས་ཀྱང་སྤྱོད་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: {name} ({login})</source>
        <translation>ད་ལྟའི་སྤྱོད་མཁན། {name} ({login})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: {roles}</source>
        <translation>འགན་གནས། {roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>ནང་འཛུལ་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password…</source>
        <translation>གསང་ཨང་བརྗེ་བ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>ད་ལྟ་ཟྭ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out…</source>
        <translation>ཕྱིར་ཐོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users…</source>
        <translation>སྤྱོད་མཁན།…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed.</source>
        <translation>གསང་ཨང་བརྗེས་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation>ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out {name}? Open windows close; unsaved changes are asked about first.</source>
        <translation>{name} ཕྱིར་ཐོན་བྱེད་དམ། ཁ་ཕྱེ་ཡོད་པའི་སྒེའུ་ཁུང་རྣམས་ཁ་རྒྱག་འགྲོ། ཉར་ཚགས་མ་བྱས་པའི་འགྱུར་བ་ཡོད་ན་སྔོན་ལ་འདྲི་རྒྱུ་ཡིན།</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+7"/>
        <source>Open database</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../desktop/ui/activity_dialog.py" line="+129"/>
        <source>Enter a score from 0 to 100.</source>
        <translation>0 ནས་ 100 བར་གྱི་ཐོབ་སྐར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Month reported on</source>
        <translation>ལས་འགན་སྙན་སྒྲོན་གྱི་ཟླ་བ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter assessed</source>
        <translation>དཔྱད་བསྡུར་བྱས་པའི་དུས་ཚིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11</source>
        <translation>དཔེར་ན། 2026-11</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 2026Q3</source>
        <translation>དཔེར་ན། 2026Q3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>withdraw the work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log {kind}</source>
        <translation>{kind}ཟིན་ཐོ་ཁ་སྣོན</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the log entry {kind}</source>
        <translation>{kind}ཟིན་ཐོ་བཟོ་བཅོས</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New support log entry</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ་གསར་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support log entry</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>རོགས་སྐྱོར་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>བྱས་པའི་ལས་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>ཞུགས་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>དངུལ་འབོར། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of funds</source>
        <translation>མ་དངུལ་གྱི་འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment score</source>
        <translation>དཔྱད་བསྡུར་ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People polled</source>
        <translation>དཔྱད་བསྡུར་ལ་ཞུགས་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them satisfied</source>
        <translation>དེའི་ནང་ཡིད་ཚིམ་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>ཡིད་ཚིམ་ཚད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-11-20</source>
        <translation>དཔེར་ན། 2026-11-20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first secretary, work team, paired unit…</source>
        <translation>ཧྲུའུ་ཅི་དང་པོ། གྲོང་སྡོད་ལས་དོན་རུ་ཁག ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 200000 or 20万</source>
        <translation>དཔེར་ན། 200000</translation>
    </message>
</context>
<context>
    <name>AspectSteps</name>
    <message>
        <location filename="../desktop/ui/inspection_steps.py" line="+166"/>
        <source>Summary</source>
        <translation>ཕྱོགས་བསྡོམས།</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desktop/services/attachments.py" line="+41"/>
        <source>{name} is larger than {limit} MB; attach a smaller file.</source>
        <translation>{name} ནི་ {limit} MB ལས་ཆེ་བས། ཡིག་ཆ་ཆུང་བ་ཞིག་སྦྲེལ་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file {sha} is damaged or missing: its content cannot be read back. Restore the attachments folder from a copy.</source>
        <translation>ཉར་ཚགས་བྱས་ཟིན་པའི་ཡིག་ཆ་ {sha} སྐྱོན་ཤོར་བའམ་མི་འདུག དེའི་ནང་དོན་ཕྱིར་ཀློག་མི་ཐུབ། འདྲ་བཤུས་ནས་ཟུར་སྦྲེལ་ཡིག་སྣོད་སླར་གསོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>Cannot attach {name}: {reason}</source>
        <translation>{name} སྦྲེལ་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The content of {name} changed while it was being stored, or does not match its hash; it was not stored.</source>
        <translation>{name} ཡི་ནང་དོན་ཉར་ཚགས་བྱེད་རིང་འགྱུར་བ་བྱུང་བའམ། ཡང་ན་དེའི་ཧ་ཤི་དང་མི་མཐུན་པས་ཉར་ཚགས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot save the attachment to {path}: {reason}</source>
        <translation>ཟུར་སྦྲེལ་{path} ལ་ཉར་ཚགས་བྱེད་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Encrypting the attachments…</source>
        <translation>ཟུར་སྦྲེལ་གསང་སྦས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attachment {path} cannot be encrypted: {reason}</source>
        <translation>ཟུར་སྦྲེལ་ {path} གསང་སྦས་བྱེད་མི་ཐུབ། {reason}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/services/audit.py" line="+81"/>
        <source>Checking the audit trail…</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་བརྟག་དཔྱད་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no kind of record called “{entity}”.</source>
        <translation>“{entity}” ཟེར་བའི་ཟིན་ཐོའི་རིགས་མེད།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>change set {seq} ({action}, by {actor} at {time})</source>
        <translation>འགྱུར་བ་ཨང་ {seq} ({action}; བྱེད་མཁན་ {actor}; དུས་ཚོད་ {time})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail was reordered: {entry} stands after change set {before}, but it was written after change set {follows}.</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོའི་གོ་རིམ་འཁྲུགས། {entry} ནི་འགྱུར་བ་ཨང་ {before} ཡི་རྗེས་སུ་ཡོད་ཀྱང་། དེ་ནི་འགྱུར་བ་ཨང་ {follows} ཡི་རྗེས་སུ་བྲིས་པ་ཡིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change sets {first} to {last} were removed from the audit trail: {entry} does not continue from change set {before}.</source>
        <translation>འགྱུར་བ་ཨང་ {first} ནས་ {last} བར་ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་ནས་བསུབས། {entry} ནི་འགྱུར་བ་ཨང་ {before} དང་མཐུད་མི་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change set {seq} was removed from the audit trail: {entry} does not continue from change set {before}.</source>
        <translation>འགྱུར་བ་ཨང་ {seq} ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་ནས་བསུབས། {entry} ནི་འགྱུར་བ་ཨང་ {before} དང་མཐུད་མི་འདུག</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries were removed from {entry}: it has {found} of its {count} entries; missing: {missing}.</source>
        <translation>{entry} ནང་ནས་ཐོ་ཚན་ཁ་ཤས་བསུབས། དེའི་ཐོ་ཚན་ {count} ལས་ {found} ལས་མེད། ཆད་པ་ནི་ {missing} ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries were removed from {entry}: it has {found} of its {count} entries.</source>
        <translation>{entry} ནང་ནས་ཐོ་ཚན་ཁ་ཤས་བསུབས། དེའི་ཐོ་ཚན་ {count} ལས་ {found} ལས་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change sets before {entry} were removed from the audit trail: it does not continue from change set {before}.</source>
        <translation>{entry} ཡི་སྔོན་གྱི་འགྱུར་བ་རྣམས་ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་ནས་བསུབས། དེ་ནི་འགྱུར་བ་ཨང་ {before} དང་མཐུད་མི་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail was cut short: it ends at change set {last}, but change sets up to {head} were written.</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་བཅད་ནས་ཐུང་དུ་བཏང་འདུག དེ་ནི་འགྱུར་བ་ཨང་ {last} ལ་མཇུག་རྫོགས་ཀྱང་། འགྱུར་བ་ཨང་ {head} བར་བྲིས་ཟིན་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was added to the audit trail outside VillageDesk: the trail was last written at change set {head}.</source>
        <translation>{entry} ནི་ VillageDesk ལས་གཞན་པའི་ལམ་ནས་ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་བསྣན་འདུག ཉིན་ཐོ་མཐའ་མར་བྲིས་པ་ནི་འགྱུར་བ་ཨང་ {head} ཡིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} has no link in the audit trail: its hashes were removed or overwritten.</source>
        <translation>{entry} ལ་ཞིབ་བཤེར་ཉིན་ཐོའི་ཧ་ཤི་སྒྲིལ་མཐུད་ནང་མཐུད་ཚིགས་མེད། དེའི་ཧ་ཤི་རྣམས་བསུབས་པའམ་ཡང་ན་དེའི་སྟེང་བསྐྱར་འབྲི་བྱས་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: it differs from the head of the audit trail.</source>
        <translation>{entry} བྲིས་རྗེས་བཟོ་བཅོས་བྱས། དེ་ནི་ཞིབ་བཤེར་ཉིན་ཐོའི་སྒྲིལ་མགོ་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: it has {found} entries where it had {count}.</source>
        <translation>{entry} བྲིས་རྗེས་བཟོ་བཅོས་བྱས། སྔར་ཐོ་ཚན་ {count} ཡོད་པ་ད་ལྟ་ {found} ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: its content no longer matches its hash.</source>
        <translation>{entry} བྲིས་རྗེས་བཟོ་བཅོས་བྱས། དེའི་ནང་དོན་དེ་རང་གི་ཧ་ཤི་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/audit_head.py" line="+83"/>
        <source>The county&apos;s audit trail does not continue from the one it sent on {date}: entries may have been removed.</source>
        <translation>རྫོང་གི་ཞིབ་བཤེར་ཉིན་ཐོ་དེ་ཁོང་ཚོས་ {date} ལ་བསྐུར་བའི་ཞིབ་བཤེར་ཉིན་ཐོ་དང་མཐུད་མི་འདུག ཐོ་ཚན་ཁ་ཤས་བསུབས་ཡོད་སྲིད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The township&apos;s audit trail does not continue from the one it sent on {date}: entries may have been removed.</source>
        <translation>ཤང་གི་ཞིབ་བཤེར་ཉིན་ཐོ་དེ་ཁོང་ཚོས་ {date} ལ་བསྐུར་བའི་ཞིབ་བཤེར་ཉིན་ཐོ་དང་མཐུད་མི་འདུག ཐོ་ཚན་ཁ་ཤས་བསུབས་ཡོད་སྲིད།</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/audit_dialog.py" line="+89"/>
        <source>Checking the audit trail…</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཞིབ་དཔྱད་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An entry was changed</source>
        <translation>ཐོ་ཚན་ཞིག་བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry was removed</source>
        <translation>ཐོ་ཚན་ཞིག་བསུབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries were put in another order</source>
        <translation>ཐོ་ཚན་གྱི་གོ་རིམ་འཁྲུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the trail was cut off</source>
        <translation>ཉིན་ཐོའི་མཇུག་བཅད་ཟིན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was cancelled before it finished.</source>
        <translation>ཞིབ་དཔྱད་མ་གྲུབ་གོང་ནས་མཚམས་བཞག་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>ཞིབ་དཔྱད་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is intact: {changesets} changes with {entries} entries were checked, from the first to the last.</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཆ་ཚང་ཡིན། དང་པོ་ནས་མཐའ་མའི་བར་འགྱུར་བ་ {changesets} དང་ཐོ་ཚན་ {entries} ཞིབ་དཔྱད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail has been tampered with. {message}</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ལ་རྫུན་བཅོས་བྱས་ཡོད། {message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No. {seq}</source>
        <translation>ཨང་ {seq}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last link: No. {seq}, {hash}</source>
        <translation>སྒྲིལ་མགོ། ཨང་ {seq}། {hash}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the audit trail</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཞིབ་དཔྱད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is written to the audit trail in a chain: each entry&apos;s fingerprint covers the one before it. The check recomputes the chain from the first change to the last and names the first entry that was changed, removed or put in another order.</source>
        <translation>འགྱུར་བ་རེ་རེ་ཧ་ཤི་སྒྲིལ་མཐུད་ཀྱི་རྣམ་པས་ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་འབྲི་གི་ཡོད། ཐོ་ཚན་རེ་རེའི་མཛུབ་རིས་ (ཧ་ཤིའི་གྲངས་ཐང་) ནང་དེའི་སྔོན་གྱི་ཐོ་ཚན་ཚུད་ཡོད། ཞིབ་དཔྱད་བྱེད་སྐབས་འགྱུར་བ་དང་པོ་ནས་མཐའ་མའི་བར་ཧ་ཤི་སྒྲིལ་མཐུད་བསྐྱར་དུ་རྩིས་ནས་བཟོ་བཅོས་བྱས་པའམ། བསུབས་པའམ། གོ་རིམ་འཁྲུགས་པའི་ཐོ་ཚན་དང་པོ་དེ་སྟོན་གྱི་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>བྱུང་བའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>ཐོ་ཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>དུས་ཚོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>འགྱུར་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>ཡང་བསྐྱར་ཞིབ་དཔྱད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../desktop/ui/backup_table_model.py" line="+63"/>
        <source>Made</source>
        <translation>བཟོས་དུས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ཆེ་ཆུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ཡིག་ཆ།</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../desktop/services/backup_files.py" line="+134"/>
        <source>Copying the database</source>
        <translation>གཞི་གྲངས་མཛོད་འདྲ་བཤུས་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the copy</source>
        <translation>འདྲ་བཤུས་ཞིབ་བཤེར་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy did not pass its check ({problem}), so it was removed. The last good backup is kept.</source>
        <translation>འདྲ་བཤུས་དེ་ཞིབ་བཤེར་ལས་མ་འདས་པས་ ({problem}) བསུབས་ཟིན། སྐྱོན་མེད་པའི་གྲབས་ཉར་མཐའ་མ་དེ་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the backup</source>
        <translation>གྲབས་ཉར་ཀློག་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {name} is encrypted: sign in to the database first, or open it with the recovery key. Nothing was changed.</source>
        <translation>གྲབས་ཉར་ {name} གསང་སྦས་བྱས་ཟིན། སྔོན་ལ་གཞི་གྲངས་མཛོད་ལ་ནང་འཛུལ་བྱེད་པའམ། ཡང་ན་སླར་གསོའི་ལྡེ་མིག་གིས་དེ་ཁ་ཕྱེ་རོགས། ཅི་ཡང་བཟོ་བཅོས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the backup</source>
        <translation>གྲབས་ཉར་ཞིབ་བཤེར་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {name} was made of another database: this database&apos;s key does not open it. Nothing was changed: choose another backup.</source>
        <translation>གྲབས་ཉར་ {name} ནི་གཞི་གྲངས་མཛོད་གཞན་ཞིག་གི་གྲབས་ཉར་ཡིན། གཞི་གྲངས་མཛོད་འདིའི་ལྡེ་མིག་གིས་དེ་ཁ་འབྱེད་མི་ཐུབ། ཅི་ཡང་བཟོ་བཅོས་བྱས་མེད། གྲབས་ཉར་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The folder {folder} cannot be written ({reason}). Plug in the drive or choose another backup folder. The last good backup is kept.</source>
        <translation>ཡིག་སྣོད་ {folder} ནང་འབྲི་མི་ཐུབ། ({reason}) སྡུད་སྡེར་མཐུད་པའམ་གྲབས་ཉར་ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས། སྐྱོན་མེད་པའི་གྲབས་ཉར་མཐའ་མ་དེ་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough space in {folder}: the backup was not made. The last good backup is kept. Free some space or choose another backup folder.</source>
        <translation>{folder} ནང་བར་སྟོང་མི་འདང་བས་གྲབས་ཉར་བྱེད་མ་ཐུབ། སྐྱོན་མེད་པའི་གྲབས་ཉར་མཐའ་མ་དེ་ཉར་ཡོད། བར་སྟོང་ཅུང་ཟད་སྟོང་པ་བཟོ་བའམ་གྲབས་ཉར་ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/services/backups.py" line="+268"/>
        <source>The database is damaged, so a copy of it would not be a good backup. Restore it from a backup instead.</source>
        <translation>གཞི་གྲངས་མཛོད་སྐྱོན་ཤོར་ཟིན་པས་དེའི་འདྲ་བཤུས་ནི་གྲབས་ཉར་ཡག་པོ་ཞིག་མི་འགྱུར། དེའི་ཚབ་ཏུ་གྲབས་ཉར་ནས་གཞི་གྲངས་མཛོད་སླར་གསོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy in another program: the backup was not made. Try again.</source>
        <translation>གཞི་གྲངས་མཛོད་མཉེན་ཆས་གཞན་ཞིག་གིས་བེད་སྤྱོད་བྱེད་བཞིན་པས་གྲབས་ཉར་བྱེད་མ་ཐུབ། ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be read ({reason}): the backup was not made.</source>
        <translation>གཞི་གྲངས་མཛོད་ཀློག་མི་ཐུབ་པས་ ({reason}) གྲབས་ཉར་བྱེད་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup to {folder} failed: the disk is full or faulty. The backup was not made; the last good backup is kept. Free some space or choose another backup folder.</source>
        <translation>གྲབས་ཉར་ {folder} ནང་འབྲི་མ་ཐུབ། སྡུད་སྡེར་ཁེངས་ཟིན་པའམ་སྐྱོན་ཤོར་འདུག གྲབས་ཉར་བྱེད་མ་ཐུབ། སྐྱོན་མེད་པའི་གྲབས་ཉར་མཐའ་མ་དེ་ཉར་ཡོད། བར་སྟོང་ཅུང་ཟད་སྟོང་པ་བཟོ་བའམ་གྲབས་ཉར་ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {name} is damaged ({problem}). Nothing was changed: choose another backup.</source>
        <translation>གྲབས་ཉར་ {name} སྐྱོན་ཤོར་ཟིན། ({problem}) ཅི་ཡང་བཟོ་བཅོས་བྱས་མེད། གྲབས་ཉར་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/backups.py" line="-169"/>
        <source>At start-up</source>
        <translation>འགོ་སློང་སྐབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an hour of work</source>
        <translation>ལས་ཀ་ཆུ་ཚོད་གཅིག་བྱས་རྗེས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>ལག་ཐོག་ནས་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>ནང་འདྲེན་མ་བྱས་གོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a database upgrade</source>
        <translation>གཞི་གྲངས་མཛོད་རིམ་འཕར་མ་བྱས་གོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>སླར་གསོ་མ་བྱས་གོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encrypting the database</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་མ་བྱས་གོང་།</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The backup was made, but recovery.keys could not be written beside it in {folder} ({reason}): without it the recovery sheet alone cannot open the backups there.</source>
        <translation>གྲབས་ཉར་བྱས་ཟིན། འོན་ཀྱང་ recovery.keys དེ་ {folder} ནང་གྲབས་ཉར་གྱི་འགྲམ་དུ་འབྲི་མ་ཐུབ། ({reason}) དེ་མེད་ན་སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་ཁོ་ནས་ཡིག་སྣོད་དེའི་ནང་གི་གྲབས་ཉར་ཁ་འབྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The folder {folder} cannot be written ({reason}). Choose another one.</source>
        <translation>ཡིག་སྣོད་ {folder} ནང་འབྲི་མི་ཐུབ། ({reason}) ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no backup named {name} in {folder}.</source>
        <translation>{folder} ནང་མིང་ལ་ {name} ཟེར་བའི་གྲབས་ཉར་མེད།</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Backups are made of a database file; this database is on a server, which its administrator backs up.</source>
        <translation>གྲབས་ཉར་ནི་གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ་ཁོ་ནར་བྱེད་ཐུབ། གཞི་གྲངས་མཛོད་འདི་ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་ཡོད་པས་དེའི་དོ་དམ་པས་གྲབས་ཉར་བྱེད།</translation>
    </message>
    <message>
        <location filename="../desktop/services/backup_encryption.py" line="+50"/>
        <source>Encrypting the backups…</source>
        <translation>གྲབས་ཉར་གསང་སྦས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup {name} could not be encrypted ({reason}); it is still readable without a password. Remove it if it is not needed.</source>
        <translation>གྲབས་ཉར་ {name} གསང་སྦས་བྱེད་མ་ཐུབ། ({reason}) དེ་ད་དུང་གསང་ཨང་མེད་པར་ཀློག་ཐུབ། མི་དགོས་ན་སུབ་རོགས།</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <location filename="../desktop/ui/backups_window.py" line="+152"/>
        <source>There is no backup of this database yet. Make one with Back up now.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་ད་དུང་གྲབས་ཉར་མེད། “ད་ལྟ་གྲབས་ཉར་བྱེད།” ལ་མནན་ནས་གྲབས་ཉར་ཞིག་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may do this.</source>
        <translation>མ་ལག་དོ་དམ་པ་ཁོ་ནས་འདི་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making a backup…</source>
        <translation>གྲབས་ཉར་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made: {file}</source>
        <translation>གྲབས་ཉར་བྱས་ཟིན། {file}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>འདོར་ཟིན། ཅི་ཡང་བཟོ་བཅོས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore a backup</source>
        <translation>གྲབས་ཉར་སླར་གསོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with the backup made {when}?

Changes made after {when} are lost. The database as it is now is kept with the backups first, so this can be undone by restoring that copy.</source>
        <translation>གཞི་གྲངས་མཛོད་དེ་ {when} ལ་བྱས་པའི་གྲབས་ཉར་གྱིས་ཚབ་བྱེད་དམ།

{when} རྗེས་ཀྱི་འགྱུར་བ་རྣམས་བརླག་འགྲོ། ད་ལྟའི་གཞི་གྲངས་མཛོད་དེ་སྔོན་ལ་གྲབས་ཉར་ཁྲོད་དུ་ཉར་རྒྱུ་ཡིན་པས་འདྲ་བཤུས་དེ་སླར་གསོ་བྱས་ན་བྱ་བ་འདི་ཕྱིར་ལྡོག་ཐུབ།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not restored: close the open records first.</source>
        <translation>སླར་གསོ་བྱས་མེད། ཁ་ཕྱེ་ཡོད་པའི་ཟིན་ཐོ་རྣམས་སྔོན་ལ་ཁ་རྒྱག་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>གྲབས་ཉར་སླར་གསོ་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the backup made {when}. The database as it was is kept as {file}.</source>
        <translation>{when} ལ་བྱས་པའི་གྲབས་ཉར་སླར་གསོ་བྱས་ཟིན། སྔོན་གྱི་གཞི་གྲངས་མཛོད་དེ་ {file} ཞེས་པའི་མིང་ཐོག་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup made {when}.</source>
        <translation>{when} ལ་བྱས་པའི་གྲབས་ཉར་སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+10"/>
        <source>Folder for backups</source>
        <translation>གྲབས་ཉར་ཡིག་སྣོད།</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backups are kept in {folder} from now on.</source>
        <translation>ད་ནས་བཟུང་གྲབས་ཉར་རྣམས་ {folder} ནང་ཉར་རྒྱུ་ཡིན།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>གྲབས་ཉར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the database is made at start-up, after every hour of work and before every import. The last 10 are kept, with the newest of each day for a week and of each week for five weeks.</source>
        <translation>འགོ་སློང་སྐབས་དང་། ལས་ཀ་ཆུ་ཚོད་རེ་བྱས་རྗེས། ནང་འདྲེན་རེ་རེ་མ་བྱས་གོང་བཅས་སུ་གཞི་གྲངས་མཛོད་ཀྱི་གྲབས་ཉར་རེ་བྱེད། ཉེ་ཆར་གྱི་གྲབས་ཉར་ 10 ཉར་བ་མ་ཟད། བདུན་ཕྲག་གཅིག་གི་རིང་ཉིན་རེའི་གསར་ཤོས་དང་། བདུན་ཕྲག་ལྔའི་རིང་བདུན་ཕྲག་རེའི་གསར་ཤོས་ཀྱང་ཉར་གྱི་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in:</source>
        <translation>ཉར་ས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>ཡིག་སྣོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>ཡིག་སྣོད་བརྗེ་བ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>ད་ལྟ་གྲབས་ཉར་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>སླར་གསོ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>BasicFactsTab</name>
    <message>
        <location filename="../desktop/ui/basic_facts_tab.py" line="+149"/>
        <source>(choose)</source>
        <translation>(འདེམས་རོགས།)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not rated</source>
        <translation>རིམ་པ་གཏན་འབེབས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{colour} warning</source>
        <translation>ཉེན་བརྡ་{colour}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name (Chinese)</source>
        <translation>མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division code</source>
        <translation>ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>དུད་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakness types</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating and warning</source>
        <translation>རིམ་པ་གཏན་འབེབས་དང་ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>12 digits, e.g. 513336100201</source>
        <translation>ཨང་ཀི་12 དཔེར་ན། 513336100201</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective economy income</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ།</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../desktop/cli/commands.py" line="+29"/>
        <source>Demo data written to {path}: {counties} counties, {townships} townships, {villages} villages, {people} people, {posts} posts.</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་{path} ནང་བྲིས་ཟིན། རྫོང་{counties} ཤང་གྲོང་རྡལ་{townships} གྲོང་ཚོ་{villages} མི་{people} ལས་གནས་{posts}།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weak villages&apos; campaign: {problems} problems on the ledger, {plans} village plans, {activities} support log entries.</source>
        <translation>ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོ་ལེགས་སྒྲིག གནད་དོན་ཐོ་དེབ་ནང་གི་གནད་དོན་{problems} གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་འཆར་གཞི་{plans} རོགས་སྐྱོར་ཟིན་ཐོ་{activities}།</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+58"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+175"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <location line="+16"/>
        <source>Name (Chinese)</source>
        <translation>མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+58"/>
        <location line="+16"/>
        <source>Name (Tibetan)</source>
        <translation>མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+59"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="+72"/>
        <source>{option}: “{value}” is not one of {allowed}.</source>
        <translation>{option} “{value}” ནི་ {allowed} གང་རུང་ཞིག་མིན།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{kind} on {date} logged: {id}</source>
        <translation>ཐོ་འགོད་བྱས་ཟིན། {date} {kind} {id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} people</source>
        <translation>མི་{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} yuan</source>
        <translation>སྒོར་{amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>score {score:g}</source>
        <translation>ཐོབ་སྐར་{score:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent}% satisfied</source>
        <translation>ཡིད་ཚིམ་ཚད་{percent}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <location filename="../desktop/cli/plan_commands.py" line="+100"/>
        <location filename="../desktop/cli/problem_commands.py" line="+142"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <location filename="../desktop/cli/plan_commands.py" line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+0"/>
        <source>By</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Summary</source>
        <translation>གནད་བསྡུས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>གྲངས་ཐང་།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>ཁྱོན་བསྡོམས་ཟིན་ཐོ་{count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{level}: {result} on {date}.</source>
        <translation>{level} {date} ལ་{result}པར་གཏན་འབེབས་བྱས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign status: {status}.</source>
        <translation>ལེགས་སྒྲིག་རྣམ་པ་ནི་{status}ཡིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: {level}.</source>
        <translation>གདེང་འཇོག་རྗེས་མ། {level}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village has passed the final review.</source>
        <translation>གྲོང་ཚོ་འདི་མཐའ་མའི་གདེང་འཇོག་ཏུ་ཚད་ལ་སླེབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>གྲུབ་འབྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The work team is withdrawn as of {date}; campaign status: {status}.</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག {date} ནས་ཕྱིར་ཐོན་ཟིན། ལེགས་སྒྲིག་རྣམ་པ་ནི་{status}ཡིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no township or county with the id or code {key}.</source>
        <translation>ཨང་རྟགས་སམ་id {key} ཡིན་པའི་ཤང་གྲོང་རྡལ་ལམ་རྫོང་མེད།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign status</source>
        <translation>ལེགས་སྒྲིག་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/commands.py" line="-61"/>
        <location line="+61"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="-58"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+32"/>
        <source>not assessed</source>
        <translation>ད་དུང་གདེང་འཇོག་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no plan yet</source>
        <translation>ད་དུང་འཆར་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned at least once</source>
        <translation>ཉུང་མཐར་ཐེངས་གཅིག་ཕྱིར་སློག་བྱས་མྱོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="-1"/>
        <location filename="../desktop/cli/roster_commands.py" line="+111"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/problem_commands.py" line="+45"/>
        <source>Category</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+3"/>
        <location filename="../desktop/cli/problem_commands.py" line="+4"/>
        <source>Found</source>
        <translation>རྙེད་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+0"/>
        <source>Solved</source>
        <translation>ཐག་ཆོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support funds {funds} yuan; {projects} projects ({project_yuan} yuan); {trained} people trained.</source>
        <translation>རོགས་སྐྱོར་མ་དངུལ་སྒོར་{funds}། རོགས་སྐྱོར་ལས་གཞི་{projects} (སྒོར་{project_yuan})། སྦྱོང་བརྡར་ཐེབས་པའི་མི་{trained}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support log</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>ཟིན་ཐོའི་གྲངས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands.py" line="-61"/>
        <location line="+62"/>
        <location filename="../desktop/cli/inspection_commands.py" line="-33"/>
        <location filename="../desktop/cli/problem_commands.py" line="-2"/>
        <source>Weakness</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="-15"/>
        <location filename="../desktop/cli/commands.py" line="-58"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+39"/>
        <source>{count} villages</source>
        <translation>ཁྱོན་བསྡོམས་གྲོང་ཚོ་{count}</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../desktop/cli/commands.py" line="+54"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands.py" line="+1"/>
        <source>Households</source>
        <translation>དུད་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party organisation</source>
        <translation>ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired unit</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired village</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/problem_commands.py" line="-6"/>
        <location filename="../desktop/cli/sync_commands.py" line="+330"/>
        <source>Field</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+0"/>
        <source>Value</source>
        <translation>ནང་དོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>ལོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collective income (yuan)</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/sync_commands.py" line="-157"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>ལས་ཡུན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(former)</source>
        <translation>(སྔོན་མ།)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/report_commands.py" line="+39"/>
        <source>database file (default: the last one opened, else one in your data folder)</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆ། (སོར་བཞག་ནི་མཐའ་མར་ཁ་ཕྱེ་བ་དེ་ཡིན། དེ་མེད་ན་ཁྱེད་ཀྱི་གཞི་གྲངས་ཡིག་སྣོད་ནང་གི་དེ་ཡིན།)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/parser.py" line="+31"/>
        <source>language of messages and labels (default: the one chosen in the app)</source>
        <translation>བརྡ་ཐོ་དང་མིང་བྱང་གི་སྐད་ཡིག (སོར་བཞག་ནི་མཉེན་ཆས་ནང་བདམས་པ་དེ་ཡིན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in as LOGIN (default: VILLAGEDESK_USER); the password comes from VILLAGEDESK_PASSWORD or is asked</source>
        <translation>ནང་འཛུལ་མིང་ LOGIN ཐོག་ནང་འཛུལ་བྱེད། (སོར་བཞག་ནི་ VILLAGEDESK_USER ཡིན།) གསང་ཨང་ནི་ VILLAGEDESK_PASSWORD ནས་ལེན་པའམ་ཡང་ན་འདྲི་བ་ཡིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VillageDesk: village files and the rectification of weak village Party organisations. Without a command, the window opens.</source>
        <translation>VillageDesk ནི་གྲོང་ཚོའི་ཡིག་ཚགས་དང་ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་གི་མཉེན་ཆས་ཡིན། བཀའ་བརྡ་མེད་ན་སྒེའུ་ཁུང་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open the window offscreen, save a PNG of it to FILE and exit</source>
        <translation>བརྙན་ཡོལ་མེད་པར་སྒེའུ་ཁུང་ཁ་ཕྱེ་ནས་དེའི་PNGཔར་རིས་FILEལ་ཉར་ཚགས་བྱས་རྗེས་ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start with N demo villages if the database is empty</source>
        <translation>གཞི་གྲངས་མཛོད་སྟོང་པ་ཡིན་ན་དཔེ་སྟོན་གྲོང་ཚོ་N འཇུག་རྗེས་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --screenshot (or at start): open this village&apos;s file</source>
        <translation>--screenshot དང་མཉམ་དུ། (ཡང་ན་འགོ་འཛུགས་སྐབས།) གྲོང་ཚོ་འདིའི་ཡིག་ཚགས་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that this installation works (database, demo data, PDF in Chinese and Tibetan, Excel, sync, the window offscreen) in a temporary folder, then exit: 0 if every step passed</source>
        <translation>གནས་སྐབས་ཡིག་སྣོད་ནང་སྒྲིག་འཇུག་འདི་རྒྱུན་ལྡན་ཡིན་མིན་ཞིབ་བཤེར་བྱེད། (གཞི་གྲངས་མཛོད། དཔེ་སྟོན་གཞི་གྲངས། རྒྱ་ཡིག་དང་བོད་ཡིག་གི་ PDF། Excel། གཞི་གྲངས་མཉམ་སྒྲིག རྒྱབ་ངོས་ཀྱི་སྒེའུ་ཁུང་།) དེ་རྗེས་ཕྱིར་ཐོན། གོམ་རིམ་ཚང་མ་འགྲིག་ན་ 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with --self-test: work in DIR (new or empty) and keep its files</source>
        <translation>--self-test དང་མཉམ་དུ། DIR (ཡིག་སྣོད་གསར་པའམ་སྟོང་པ།) ནང་ལས་ཀ་བྱས་ནས་ཡིག་ཆ་ཉར་ཚགས་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill a database with a demo county</source>
        <translation>གཞི་གྲངས་མཛོད་ནང་དཔེ་སྟོན་རྫོང་གི་གཞི་གྲངས་འཇུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reproducible demo county: townships, villages with Chinese and Tibetan names, people and posts, some weak villages.</source>
        <translation>ཡང་བསྐྱར་བཟོ་ཐུབ་པའི་དཔེ་སྟོན་རྫོང་ཞིག་འབྲི་བ། ཤང་གྲོང་རྡལ། རྒྱ་བོད་ཡིག་གཉིས་ཀྱི་མིང་ཡོད་པའི་གྲོང་ཚོ། མི་དང་ལས་གནས། ཞན་པའི་གྲོང་ཚོ་ཁ་ཤས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: one for every 25 villages</source>
        <translation>སོར་བཞག གྲོང་ཚོ་25རེར་ཤང་གྲོང་རྡལ་གཅིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same seed makes the same demo</source>
        <translation>ས་བོན་གཅིག་མཚུངས་ཡིན་ན་དཔེ་སྟོན་གཞི་གྲངས་ཀྱང་གཅིག་མཚུངས་ཡིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the demo even if the database holds data</source>
        <translation>གཞི་གྲངས་མཛོད་ནང་གཞི་གྲངས་ཡོད་ཀྱང་དཔེ་སྟོན་གཞི་གྲངས་ཁ་སྣོན་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list and show village files</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་ཀྱི་ཐོ་དང་ནང་དོན་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the villages</source>
        <translation>གྲོང་ཚོའི་ཐོ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (Chinese, Tibetan or pinyin) or code</source>
        <translation>མིང་། (རྒྱ་ཡིག བོད་ཡིག ཡང་ན་pinyin) ཡང་ན་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/audit_commands.py" line="+18"/>
        <location filename="../desktop/cli/backup_commands.py" line="+34"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+6"/>
        <location filename="../desktop/cli/campaign_parser.py" line="+28"/>
        <location filename="../desktop/cli/encryption_commands.py" line="+35"/>
        <location filename="../desktop/cli/overview_commands.py" line="-12"/>
        <location filename="../desktop/cli/parser.py" line="+1"/>
        <location line="+3"/>
        <location line="+19"/>
        <location line="+19"/>
        <location line="+6"/>
        <location filename="../desktop/cli/roster_commands.py" line="-70"/>
        <location filename="../desktop/cli/sync_commands.py" line="-149"/>
        <location filename="../desktop/cli/user_commands.py" line="-133"/>
        <source>print JSON for scripts</source>
        <translation>ལས་རིམ་ཡིག་ཆར་སྤྱོད་པའི་JSONའདོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit trail; show a record&apos;s history</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཞིབ་བཤེར་བྱེད། ཟིན་ཐོ་ཞིག་གི་བཟོ་བཅོས་ཟིན་ཐོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the hash chain over every change; exit 1 naming the first one changed, removed or reordered</source>
        <translation>འགྱུར་བ་ཚང་མའི་ཧ་ཤི་སྒྲིལ་མཐུད་ཞིབ་བཤེར་བྱེད། འགྱུར་བ་བཟོ་བཅོས་བྱས་པའམ་བསུབས་པ། ཡང་ན་གོ་རིམ་འཁྲུགས་པ་ཡོད་ན་དང་པོ་དེའི་མིང་བཀོད་དེ་ 1 ཡིས་ཕྱིར་འཐོན་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every change of one record, newest first</source>
        <translation>ཟིན་ཐོ་གཅིག་གི་འགྱུར་བ་ཚང་མ། གསར་ཤོས་སྔོན་ལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`audit history village CODE` shows a village&apos;s changes; `audit history TABLE ID` any record&apos;s.</source>
        <translation>`audit history village CODE` ཡིས་གྲོང་ཚོ་ཞིག་གི་འགྱུར་བ་སྟོན། `audit history TABLE ID` ཡིས་ཟིན་ཐོ་གང་རུང་གི་འགྱུར་བ་སྟོན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>village, problem, plan, person … </source>
        <translation>village (གྲོང་ཚོ།) problem (གནད་དོན།) plan (འཆར་གཞི།) person (མི་སྣ།) … </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record&apos;s id (a village: its code or id)</source>
        <translation>ཟིན་ཐོའི་ ID (གྲོང་ཚོ་ཡིན་ན་དེའི་ཨང་རྟགས་སམ་ ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the records that belong to it (a village&apos;s incomes, posts and people; a problem&apos;s steps)</source>
        <translation>དེར་གཏོགས་པའི་ཟིན་ཐོ་ཡང་སྟོན། (གྲོང་ཚོའི་ཡོང་འབབ་དང་ལས་གནས། མི་སྣ། གནད་དོན་གྱི་གོམ་རིམ།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last link of the chain, as sync bundles carry it</source>
        <translation>སྒྲིལ་མཐུད་ཀྱི་མཇུག་མཐའི་ཚིགས། (གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འཁྱེར་བ་ལྟར།)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail holds: {changesets} change sets, {entries} entries, up to change set {seq}.</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་འགྱུར་བ་ {changesets} དང་ཐོ་འགོད་ {entries} ཡོད། འགྱུར་བ་ཨང་ {seq} བར་དུ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change sets before it hold: {changesets} change sets, {entries} entries.</source>
        <translation>དེའི་སྔོན་གྱི་འགྱུར་བའི་ནང་འགྱུར་བ་ {changesets} དང་ཐོ་འགོད་ {entries} ཡོད།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No changes of this record are in the change log.</source>
        <translation>འགྱུར་བའི་ཉིན་ཐོའི་ནང་ཟིན་ཐོ་འདིའི་འགྱུར་བ་མི་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>གསར་བཟོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>བསུབས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored</source>
        <translation>སླར་གསོ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} (undone)</source>
        <translation>{what} (ཕྱིར་འཐེན་ཟིན།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>དུས་ཚོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>བྱ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>ནང་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>ཡིག་དུམ།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_parser.py" line="+10"/>
        <source>the problem ledger: add, list, move and close out problems</source>
        <translation>གནད་དོན་ཐོ་དེབ། གནད་དོན་ཐོ་འགོད་དང་ཐོ་ལྟ་བ། རྣམ་པ་བསྒྱུར་བ། ཐོ་ནས་བསུབ་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put a problem on a village&apos;s ledger</source>
        <translation>གྲོང་ཚོ་ཞིག་གི་གནད་དོན་ཐོ་དེབ་ཏུ་གནད་དོན་ཞིག་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what is wrong, where and how much</source>
        <translation>སྐྱོན་ཅི་ཡོད་པ་དང་། གང་དུ་ཡོད་པ། ཚད་ཇི་ཙམ་ཡིན་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A political belief, B team building, C development, D livelihood, E social stability, F operating mechanism</source>
        <translation>A ཆབ་སྲིད་ཡིད་ཆེས། B དཔུང་ཁག་འཛུགས་སྐྲུན། C འཕེལ་རྒྱས་བྱ་ཐབས། D དམངས་འཚོ་ལེགས་བཅོས། E སྤྱི་ཚོགས་བརྟན་ལྷིང་། F འཁོར་སྐྱོད་ལམ་ལུགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one of the 24 aspects, within the category</source>
        <translation>ཕྱོགས་24ནང་གི་གཅིག རིགས་དེའི་ཁོངས་སུ་གཏོགས་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soft, disorderly, lax, weak, poor</source>
        <translation>soft ཞན། disorderly འཁྲུག lax ལྷོད། weak ཉམ་ཆུང་། poor དབུལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where exactly: the inspection item, petition number, visit</source>
        <translation>ཞིབ་ཕྲའི་འབྱུང་ཁུངས། ཞིབ་བཤེར་ཚད་གཞི་དང་ཞུ་གཏུག་གི་ཨང་གྲངས། ཐད་འཚམས་སོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date found (default: today)</source>
        <translation>རྙེད་པའི་ཚེས་གྲངས། (སོར་བཞག་ནི་དེ་རིང་ཡིན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>list problems, with the counts</source>
        <translation>གནད་དོན་གྱི་ཐོ་དང་གྲངས་འབོར་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/cli/report_commands.py" line="+8"/>
        <source>any of these types</source>
        <translation>རིགས་འདི་དག་གང་རུང་།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/report_commands.py" line="+3"/>
        <source>part of the responsible leader&apos;s or person&apos;s name</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད་དམ་འགན་འཁུར་བའི་མིང་གི་ཆ་ཤས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/report_commands.py" line="+2"/>
        <source>part of the description or village name</source>
        <translation>གནད་དོན་གྱི་འགྲེལ་བཤད་དམ་གྲོང་ཚོའི་མིང་གི་ཆ་ཤས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only open problems past their deadline</source>
        <translation>དུས་བཀག་ལས་བརྒལ་ཡང་ད་དུང་ཐག་མ་ཆོད་པའི་གནད་དོན་ཁོ་ན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/report_commands.py" line="+2"/>
        <source>only open problems overdue or due soon</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའམ་དུས་བཀག་ཉེ་བའི་ཐག་མ་ཆོད་པའི་གནད་དོན་ཁོ་ན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move a problem on: start, solved, sent back, reopened</source>
        <translation>གནད་དོན་གྱི་རྣམ་པ་བསྒྱུར་བ། ལེགས་བཅོས་འགོ་འཛུགས། ཐག་ཆོད། ཕྱིར་སློག ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why (needed to send back or reopen)</source>
        <translation>རྒྱུ་མཚན། (ཕྱིར་སློག་པའམ་ཡང་བསྐྱར་བྱུང་བའི་སྐབས་ངེས་པར་འབྲི་དགོས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>date of the change (default: today)</source>
        <translation>བསྒྱུར་བའི་ཚེས་གྲངས། (སོར་བཞག་ནི་དེ་རིང་ཡིན།)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>who checked the result (closing out)</source>
        <translation>གྲུབ་འབྲས་བསྡུར་ཞིབ་བྱེད་མཁན། (ཐོ་ནས་བསུབ་སྐབས།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close out a solved problem with evidence (销号)</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་ནས་ཐག་ཆོད་ཟིན་པའི་གནད་དོན་ཐོ་ནས་བསུབ་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who checked the result</source>
        <translation>གྲུབ་འབྲས་བསྡུར་ཞིབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file showing the result; repeat for more</source>
        <translation>གྲུབ་འབྲས་ར་སྤྲོད་བྱེད་པའི་ཡིག་ཆ། ཡིག་ཆ་མང་ན་གདམ་ག་འདི་བསྐྱར་དུ་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show a problem with its history and evidence</source>
        <translation>གནད་དོན་དང་དེའི་འགྱུར་བའི་ཟིན་ཐོ། ར་སྤྲོད་ཡིག་ཆ་བཅས་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save readable copies of the evidence files into this folder</source>
        <translation>ར་སྤྲོད་ཡིག་ཆའི་ཀློག་ཐུབ་པའི་འདྲ་བཤུས་ (གསང་སྦས་བཀྲོལ་ཟིན་པ།) ཡིག་སྣོད་འདིའི་ནང་ཉར་ཚགས་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make problems from a finalised inspection&apos;s failed items</source>
        <translation>གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་གྱི་ཚད་ལ་མ་སླེབས་པའི་ཚད་གཞི་ལས་གནད་དོན་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only these items (default: every failed one)</source>
        <translation>ཚད་གཞི་འདི་དག་ཁོ་ན། (སོར་བཞག་ནི་ཚད་ལ་མ་སླེབས་པའི་ཚད་གཞི་ཚང་མ་ཡིན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category when the checklist&apos;s aspects are not the ledger&apos;s</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་ཕྱོགས་དང་གནད་དོན་ཐོ་དེབ་ཀྱི་ཕྱོགས་མི་མཐུན་སྐབས་སྤྱོད་པའི་རིགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a village&apos;s plan (一村一策) through its review cycle</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ་དང་དེའི་ཞིབ་བཤེར་གོ་རིམ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft a plan from the village&apos;s open problems</source>
        <translation>གྲོང་ཚོའི་ཐག་མ་ཆོད་པའི་གནད་དོན་ལ་གཞིགས་ནས་འཆར་གཞིའི་ཟིན་བྲིས་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a plan: items, meeting, review and history</source>
        <translation>འཆར་གཞི་ལྟ་བ། རྣམ་གྲངས་དང་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ། ཞིབ་བཤེར། གོ་རིམ་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the village&apos;s newest plan</source>
        <translation>གྲོང་ཚོ་དེའི་འཆར་གཞི་གསར་ཤོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the items of this round (default: the current one)</source>
        <translation>སྐོར་འདིའི་རྣམ་གྲངས། (སོར་བཞག་ནི་ད་ལྟའི་སྐོར་ཡིན།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the current round&apos;s items from a JSON file</source>
        <translation>JSON ཡིག་ཆ་ནས་ད་ལྟའི་སྐོར་གྱི་རྣམ་གྲངས་གཏན་འཁེལ་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds a JSON list of items in order, each with &quot;problem_id&quot; and any of goal, content, measures, deadline, responsible_leader, responsible_person. A field left out keeps its value; a problem left out is taken out of the plan.</source>
        <translation>ཡིག་ཆའི་ནང་རྣམ་གྲངས་གོ་རིམ་ལྟར་སྒྲིག་པའི་ JSON ཐོ་ཞིག་ཡོད་དགོས། རྣམ་གྲངས་རེ་རེར་ &quot;problem_id&quot; དང་ goal, content, measures, deadline, responsible_leader, responsible_person གང་རུང་ཡོད་ཆོག མ་བྲིས་པའི་ཡིག་དུམ་གྱི་གྲངས་ཐང་སྔར་བཞིན་ཉར། ཐོ་ནང་མེད་པའི་གནད་དོན་འཆར་གཞིའི་ནང་ནས་ཕྱིར་འདོན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the “three no-lets-go” check: every failure; exit status 1 if any</source>
        <translation>“གློད་མི་ཆོག་པ་གསུམ”གྱི་ཞིབ་བཤེར། ཚད་ལ་མ་སླེབས་པ་ཚང་མ་སྟོན། གལ་ཏེ་ཡོད་ན་ཕྱིར་འཐོན་ཨང་རྟགས་ 1 ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record the village representatives&apos; meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>representatives due to attend</source>
        <translation>ཚོགས་འདུར་ཞུགས་དགོས་པའི་འཐུས་མིའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submit the plan to the county organisation department</source>
        <translation>འཆར་གཞི་རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the county&apos;s decision: approve, or return with comments</source>
        <translation>རྫོང་གི་ཐག་གཅོད། ཞུས་བཤེར་གཏན་འབེབས་བྱེད་པའམ། བསམ་འཆར་བཅས་ཕྱིར་སློག་བྱེད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comment on item ITEM_NO (numbered as in plan show); repeat for more</source>
        <translation>རྣམ་གྲངས་ ITEM_NO ཡི་བསམ་འཆར། (ཨང་གྲངས་ནི་ plan show ནང་བཞིན།) མང་ན་བསྐྱར་དུ་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comment on the whole plan</source>
        <translation>འཆར་གཞི་ཧྲིལ་པོའི་བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who decided (default: you)</source>
        <translation>ཐག་གཅོད་མཁན། (སོར་བཞག་ནི་ཁྱེད་རང་ཡིན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start the next round of a returned plan</source>
        <translation>ཕྱིར་སློག་བྱས་པའི་འཆར་གཞིའི་སྐོར་རྗེས་མ་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what changed between two rounds, item by item</source>
        <translation>སྐོར་གཉིས་བར་གྱི་འགྱུར་བ་རྣམ་གྲངས་རེ་རེ་བཞིན་སྟོན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: the round before --after</source>
        <translation>སོར་བཞག --after ཡི་སྐོར་སྔ་མ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the current round</source>
        <translation>སོར་བཞག ད་ལྟའི་སྐོར།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the support log: visits, talks, trainings, funds…</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ། ཐད་འཚམས་དང་སྙིང་ཐག་པའི་གླེང་མོལ། སྦྱོང་བརྡར། མ་དངུལ།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log what the support side did</source>
        <translation>རོགས་སྐྱོར་ཕྱོགས་ཀྱིས་བྱས་པའི་ལས་དོན་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who did it</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>funds or project amount, e.g. 48000 or 4.8万</source>
        <translation>མ་དངུལ་ལམ་ལས་གཞིའི་དངུལ་འབོར། (སྒོར།) དཔེར་ན། 48000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the funds come from</source>
        <translation>མ་དངུལ་གྱི་འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month reported on (2026-11) or quarter assessed (2026Q3)</source>
        <translation>སྙན་སྒྲོན་བྱས་པའི་ཟླ་བ། (2026-11) ཡང་ན་དཔྱད་བསྡུར་བྱས་པའི་དུས་ཚིགས། (2026Q3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment score, 0 to 100</source>
        <translation>དཔྱད་བསྡུར་ཐོབ་སྐར། 0 ནས་ 100 བར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people who took the satisfaction poll</source>
        <translation>ཡིད་ཚིམ་ཚད་ཀྱི་དཔྱད་བསྡུར་ལ་ཞུགས་པའི་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of them, satisfied</source>
        <translation>དེའི་ནང་ཡིད་ཚིམ་པའི་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the support log, newest first</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོའི་ཐོ་ལྟ་བ། (གསར་ཤོས་སྔོན་ལ།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record an acceptance review, or show where a village stands</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག་ཐོ་འགོད་པའམ། གྲོང་ཚོའི་ད་ལྟའི་རྣམ་པ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the campaign status and the next review</source>
        <translation>ལེགས་སྒྲིག་རྣམ་པ་དང་གདེང་འཇོག་རྗེས་མ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body or person that decided</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན་གྱི་ལས་ཁུངས་སམ་མི།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdraw the work team of a converted village</source>
        <translation>ཞན་ཆ་བསྒྱུར་ཟིན་པའི་གྲོང་ཚོའི་གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་པ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the campaign&apos;s figures for a township, a county or all</source>
        <translation>ཤང་གྲོང་རྡལ་ལམ་རྫོང་། ཡང་ན་ཚང་མའི་ལེགས་སྒྲིག་བསྡོམས་རྩིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a township or county: its id or division code</source>
        <translation>ཤང་གྲོང་རྡལ་ལམ་རྫོང་། དེའི་ id ཡང་ན་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plan show takes a PLAN_ID or --village CODE</source>
        <translation>plan show ལ་ PLAN_ID ཡང་ན་ --village CODE གང་རུང་གཅིག་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accept takes --level, --result and --date (or --status)</source>
        <translation>accept ལ་ --level དང་ --result --date དགོས། (ཡང་ན་ --status)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accept --status records nothing: leave out --level, --result and --date</source>
        <translation>accept --status ནི་ཅི་ཡང་ཐོ་འགོད་མི་བྱེད། --level དང་ --result --date མ་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/parser.py" line="-93"/>
        <source>database file, or a server&apos;s database as postgresql://USER@HOST/DATABASE (default: the last one opened, else one in your data folder)</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ། ཡང་ན་ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད། postgresql://སྤྱོད་མཁན@འཕྲུལ་ཆས/གཞི་གྲངས་མཛོད་ ཞེས་འབྲི། (སྔོན་སྒྲིག་ནི་མཐའ་མར་ཁ་ཕྱེ་བ། དེ་མེད་ན་གཞི་གྲངས་ཡིག་སྣོད་ནང་གི་དེ།)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>show one village file</source>
        <translation>གྲོང་ཚོ་གཅིག་གི་ཡིག་ཚགས་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 12-digit division code (or the village&apos;s id)</source>
        <translation>ཨང་ཀི་12ཡོད་པའི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། (ཡང་ན་གྲོང་ཚོའི་id)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>list, import and export checklist templates</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞིའི་ཐོ་ལྟ་བ་དང་ནང་འདྲེན། ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the templates and their versions</source>
        <translation>དཔེ་གཞི་དང་དེའི་པར་གཞིའི་ཐོ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a template from an .xlsx (or .toml) file</source>
        <translation>.xlsx (ཡང་ན་ .toml) ཡིག་ཆ་ནས་དཔེ་གཞི་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export a template to an .xlsx file</source>
        <translation>དཔེ་གཞི་ .xlsx ཡིག་ཆར་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>code, code@version or id</source>
        <translation>ཨང་རྟགས། ཨང་རྟགས@པར་གཞི། ཡང་ན་ id</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>record a village&apos;s inspection from a file of answers</source>
        <translation>ལན་གྱི་ཡིག་ཆ་ལྟར་གྲོང་ཚོ་གཅིག་གི་ཞིབ་བཤེར་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers: a JSON object of indicator code to a value, or to {&quot;value&quot;: ..., &quot;note&quot;: ..., &quot;na&quot;: true, &quot;evidence&quot;: [files]}. A draft for the same village, template and period is resumed.</source>
        <translation>ལན། JSON ཡི་དངོས་པོ་ཞིག་ཡིན། ཚད་གཞིའི་ཨང་རྟགས་རེར་གྲངས་ཐང་རེའམ་ {&quot;value&quot;: ..., &quot;note&quot;: ..., &quot;na&quot;: true, &quot;evidence&quot;: [ཡིག་ཆ།]} སྦྲེལ། གྲོང་ཚོ་དང་དཔེ་གཞི། དུས་ཡུན་གཅིག་པའི་ཟིན་བྲིས་ཡོད་ན་མུ་མཐུད་དུ་འབྲི།</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>2026Q3, 2026-11H1 or 2026-11-23</source>
        <translation>2026Q3 དང་ 2026-11H1 ཡང་ན་ 2026-11-23</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>delete the open draft for this village, template and period</source>
        <translation>གྲོང་ཚོ་དང་དཔེ་གཞི། དུས་ཡུན་འདིའི་ཟིན་བྲིས་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalise the inspection after saving the answers</source>
        <translation>ལན་ཉར་ཚགས་བྱས་རྗེས་ཞིབ་བཤེར་གཏན་འཁེལ་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warning colours and quota classes of a period</source>
        <translation>དུས་ཡུན་གཅིག་གི་ཉེན་བརྡའི་ཁ་དོག་དང་བསྡུར་ཚད་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank villages for the quota classes within their county (default) or township</source>
        <translation>བསྡུར་ཚད་རིམ་པའི་ཆེད་དུ་རྫོང་ (སོར་བཞག) ངམ་ཤང་གི་ཁྱབ་ཁོངས་སུ་གྲོང་ཚོའི་གོ་རིམ་སྒྲིག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a village&apos;s rating (advanced, ordinary, backward, problem)</source>
        <translation>གྲོང་ཚོའི་རིམ་པ་གཏན་འབེབས་བྱེད། (སྔོན་ཐོན། སྤྱིར་བཏང་། རྗེས་ལུས། གནད་དོན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year or period the rating is for</source>
        <translation>རིམ་པ་གཏན་འབེབས་ཀྱི་ལོ་འམ་དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--screenshot, --open and --demo belong to the window, not to a command</source>
        <translation>--screenshot དང་--open --demo ནི་སྒེའུ་ཁུང་ལ་དམིགས་པ་ཡིན། བཀའ་བརྡ་དང་མཉམ་དུ་བེད་སྤྱོད་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--self-test runs alone, without a command, --screenshot, --open or --demo</source>
        <translation>--self-test རང་རྐྱང་འཁོར་དགོས། བཀའ་བརྡ་དང་ --screenshot། --open། --demo དང་མཉམ་དུ་བཀོལ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep belongs to --self-test</source>
        <translation>--keep ནི་ --self-test དང་མཉམ་དུ་མ་གཏོགས་བཀོལ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--open takes village:CODE</source>
        <translation>--open ལ་village:CODE དགོས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/inspection_commands.py" line="-147"/>
        <source>Template</source>
        <translation>དཔེ་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspects</source>
        <translation>ཞིབ་བཤེར་ཡུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>ཚད་གཞིའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར་ཐེངས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest</source>
        <translation>གསར་ཤོས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>superseded</source>
        <translation>ཚབ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template written to {path}.</source>
        <translation>དཔེ་གཞི་ {path} ལ་བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/cli/plan_commands.py" line="+11"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} ཀློག་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/plan_commands.py" line="+2"/>
        <source>{path} is not valid JSON: {reason}</source>
        <translation>{path} ནི་ཚད་ལྡན་གྱི་ JSON མིན། {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} must hold a JSON object of indicator code to answer.</source>
        <translation>{path} ནང་ཚད་གཞིའི་ཨང་རྟགས་དང་ལན་སྦྲེལ་བའི་ JSON དངོས་པོ་ཞིག་དགོས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}: the template has no such indicator.</source>
        <translation>{code} དཔེ་གཞིའི་ནང་ཚད་གཞི་འདི་མེད།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{code}: no such file {path}.</source>
        <translation>{code} ཡིག་ཆ་ {path} མེད།</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The answers are saved as a draft, but it cannot be finalised yet:</source>
        <translation>ལན་ཟིན་བྲིས་སུ་ཉར་ཚགས་བྱས་ཟིན། འོན་ཀྱང་ད་དུང་གཏན་འཁེལ་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalised</source>
        <translation>གཏན་འཁེལ་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved as a draft</source>
        <translation>ཟིན་བྲིས་སུ་ཉར་ཚགས་བྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection {period} {state}: score {score}, {colour}, {answered} of {total} answered, {failed} failed.</source>
        <translation>{period} ཞིབ་བཤེར་{state} ཐོབ་སྐར་ {score}། {colour}། {total} ལས་ {answered} ལན་བཏབ། {failed} ཚད་ལ་མ་སླེབས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>ཚད་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>ནང་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy</source>
        <translation>བཅོས་ཐབས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no draft inspection for {period} to delete.</source>
        <translation>{period}ལ་སུབ་རྒྱུའི་ཞིབ་བཤེར་ཟིན་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft inspection for {period} is deleted.</source>
        <translation>{period}ཡི་ཞིབ་བཤེར་ཟིན་བྲིས་སུབ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="+0"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+20"/>
        <location filename="../desktop/cli/problem_commands.py" line="-43"/>
        <location line="+45"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/inspection_commands.py" line="+0"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota class</source>
        <translation>བསྡུར་ཚད་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous</source>
        <translation>དུས་ཡུན་སྔ་མ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+15"/>
        <source>Change</source>
        <translation>འགྱུར་ལྡོག</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rating for {period} set to {rating}.</source>
        <translation>{period} ཡི་རིམ་པ་གཏན་འབེབས་{rating}ལ་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="-72"/>
        <source>Plan {id} drafted with {count} items, one for each open problem.</source>
        <translation>འཆར་གཞི་ {id} ཟིན་བྲིས་བཟོས་ཟིན། རྣམ་གྲངས་{count} ཡོད། ཐག་མ་ཆོད་པའི་གནད་དོན་རེར་རྣམ་གྲངས་རེ།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The village has no plan yet: plan create --village {code}.</source>
        <translation>གྲོང་ཚོ་འདིར་ད་དུང་འཆར་གཞི་མེད། plan create --village {code} བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan {id}</source>
        <translation>འཆར་གཞི་ {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village}, {year}: round {round} of {rounds}, {status}.</source>
        <translation>{village} {year}ལོ། སྐོར་ {rounds} ལས་སྐོར་{round}པ། འཆར་གཞིའི་རྣམ་པ་ནི་{status}ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village representatives&apos; meeting {date}: {present} of {expected} present; {resolution}</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ། {date} ཞུགས་དགོས་པ་{expected} ལས་ཞུགས་པ་{present}། {resolution}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted to the county on {date}.</source>
        <translation>{date} ལ་རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་བྱས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last decision {date} by {by}: {comment}</source>
        <translation>ཐག་གཅོད་མཐའ་མ། {date} ལ་ {by} ནས་ཐག་བཅད། {comment}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round</source>
        <translation>སྐོར་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>གོ་རིམ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} must hold a JSON list of items.</source>
        <translation>{path} ནང་རྣམ་གྲངས་ཀྱི་ JSON ཐོ་ཞིག་ཡོད་དགོས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {n}: must be a JSON object.</source>
        <translation>རྣམ་གྲངས་{n}པ། JSON དངོས་པོ་ཞིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item {n}: give its problem_id (or the number of an item in plan show as &quot;item&quot;).</source>
        <translation>རྣམ་གྲངས་{n}པ། problem_id འབྲི་རོགས། (ཡང་ན་ &quot;item&quot; ལ་ plan show ནང་གི་རྣམ་གྲངས་ཀྱི་ཨང་གྲངས་འབྲི།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {n}: unknown fields {names}; the fields are {allowed}.</source>
        <translation>རྣམ་གྲངས་{n}པ། ཡིག་དུམ་ {names} ངོས་མི་ཟིན། ཡིག་དུམ་ནི་ {allowed} ཡིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {n}, deadline: {error}</source>
        <translation>རྣམ་གྲངས་{n}པའི་དུས་བཀག {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Round {round}: {count} items saved.</source>
        <translation>སྐོར་{round}པ། རྣམ་གྲངས་{count} ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} failures of the “three no-lets-go” check.</source>
        <translation>“གློད་མི་ཆོག་པ་གསུམ”གྱི་ཞིབ་བཤེར་ལ་ཚད་ལ་མ་སླེབས་པ་{count} ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan passes the “three no-lets-go” check.</source>
        <translation>འཆར་གཞི་“གློད་མི་ཆོག་པ་གསུམ”གྱི་ཞིབ་བཤེར་ཁྲོད་ཚད་ལ་སླེབས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village representatives&apos; meeting of {date} is recorded.</source>
        <translation>{date} ཡི་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ་ཐོ་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan is submitted to the county organisation department.</source>
        <translation>འཆར་གཞི་རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--comment takes ITEM_NO=TEXT, e.g. 2=请写明资金来源 (got “{text}”).</source>
        <translation>--comment ལ་ ITEM_NO=TEXT དགོས། དཔེར་ན། 2=མ་དངུལ་གྱི་འབྱུང་ཁུངས་གསལ་པོར་འབྲི་རོགས། (འབྱོར་བ་ནི་ “{text}” ཡིན།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--comment {n}: the plan has items 1 to {last}.</source>
        <translation>--comment {n} འཆར་གཞི་ལ་རྣམ་གྲངས་ 1 ནས་ {last} བར་ལས་མེད།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan is {status}.</source>
        <translation>འཆར་གཞིའི་རྣམ་པ་ནི་{status}ཡིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round {round} drafted from round {previous}; the county&apos;s comments stay on round {previous}.</source>
        <translation>སྐོར་{previous}པ་ལ་གཞིགས་ནས་སྐོར་{round}པའི་ཟིན་བྲིས་བཟོས་ཟིན། རྫོང་གི་བསམ་འཆར་སྐོར་{previous}པའི་ནང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>ཕྱིར་བཏོན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/audit_commands.py" line="-11"/>
        <location filename="../desktop/cli/plan_commands.py" line="+1"/>
        <source>changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="+0"/>
        <source>unchanged</source>
        <translation>འགྱུར་མེད།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Round {before} → round {after}</source>
        <translation>སྐོར་{before}པ → སྐོར་{after}པ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answered</source>
        <translation>ལན་བཏབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered</source>
        <translation>ལན་མ་བཏབ།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/problem_commands.py" line="-91"/>
        <source>Problem recorded: {id}</source>
        <translation>གནད་དོན་ཐོ་འགོད་བྱས་ཟིན། {id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+44"/>
        <source>ID</source>
        <translation>ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+48"/>
        <source>Aspect</source>
        <translation>ཕྱོགས།</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+45"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+54"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+51"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Problem {id}: {before} → {after}.</source>
        <translation>གནད་དོན་ {id} {before} → {after}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Source</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Checked by</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reopened</source>
        <translation>ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes</source>
        <translation>ཡིག་ཚིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored at</source>
        <translation>ཉར་ས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted: use --save-evidence FOLDER</source>
        <translation>གསང་སྦས་བྱས་ཟིན། --save-evidence FOLDER བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} problems put on the ledger.</source>
        <translation>གནད་དོན་{count} གནད་དོན་ཐོ་དེབ་ཏུ་ཐོ་འགོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/export_commands.py" line="+16"/>
        <source>export the villages, ledger, plans, inspections or warnings to Excel</source>
        <translation>གྲོང་ཚོ་དང་གནད་དོན་ཐོ་དེབ། གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ། ཞིབ་བཤེར། ཉེན་བརྡ་བཅས་ Excel ལ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formatted Excel workbook: frozen header, filters, drop-down lists for statuses. Values and headers are in the language of --lang; the village list is written as a roster that `roster import` reads back.</source>
        <translation>རྣམ་གཞག་ལྡན་པའི་ Excel ལས་དེབ་འབྲི་བ། གདོང་ཕྲེང་གཏན་འཇགས་དང་འཚག་རྒྱག རྣམ་པའི་འདེམས་ཐོ་བཅས་ཡོད། གྲངས་ཐང་དང་གདོང་ཕྲེང་ནི་ --lang གིས་གཏན་འཁེལ་བའི་སྐད་ཡིག་ཏུ་འབྲི། གྲོང་ཚོའི་ཐོ་ནི་ `roster import` གིས་བསྐྱར་དུ་ཀློག་ཐུབ་པའི་མིང་ཐོའི་རྣམ་པར་འབྲི།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>headers in Chinese and Tibetan (the values stay in the language of --lang)</source>
        <translation>གདོང་ཕྲེང་རྒྱ་ཡིག་དང་བོད་ཡིག་གཉིས་ཀར་འབྲི། (གྲངས་ཐང་ནི་ --lang གི་སྐད་ཡིག་ཏུ་ལུས།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspections: add a sheet with every answer</source>
        <translation>ཞིབ་བཤེར། ལན་ཚང་མ་ཡོད་པའི་ལས་ཤོག་ཅིག་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--answers belongs to the inspections export</source>
        <translation>--answers ནི་ཞིབ་བཤེར་ཕྱིར་འདྲེན་ཁོ་ནར་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows written to {path}.</source>
        <translation>ཕྲེང་{rows} {path} ནང་བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/report_commands.py" line="-28"/>
        <source>print a report to PDF: plan form, village dossier, ledger, township, county</source>
        <translation>སྙན་ཞུ་ PDF ལ་པར་འདེབས། འཆར་གཞིའི་རེའུ་མིག གྲོང་ཚོའི་ཡིག་ཚགས། གནད་དོན་ཐོ་དེབ། ཤང་གྲོང་རྡལ་གྱི་ཕྱོགས་བསྡོམས། རྫོང་གི་སྤྱི་ཁྱབ་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a report as a PDF in Chinese, Tibetan or both. The plan form and the village dossier are about one village (--village); the others about a township or county (--township) or all of them.</source>
        <translation>སྙན་ཞུ་ PDF ཡི་རྣམ་པར་རྒྱ་ཡིག་གམ་བོད་ཡིག ཡང་ན་སྐད་ཡིག་གཉིས་ཀར་འབྲི། འཆར་གཞིའི་རེའུ་མིག་དང་གྲོང་ཚོའི་ཡིག་ཚགས་ནི་གྲོང་ཚོ་གཅིག་གི་ཆེད་ཡིན། (--village) གཞན་རྣམས་ནི་ཤང་གྲོང་རྡལ་ལམ་རྫོང་གཅིག་གི་ཆེད་ཡིན། (--township) མ་བཀོད་ན་ཚང་མའི་ཆེད་ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of: {kinds}</source>
        <translation>{kinds} གང་རུང་གཅིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the village&apos;s division code (or id)</source>
        <translation>གྲོང་ཚོའི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། (ཡང་ན་ id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the township (or county): its code or its Chinese or Tibetan name</source>
        <translation>ཤང་གྲོང་རྡལ། (ཡང་ན་རྫོང་།) དེའི་ཨང་རྟགས་སམ་རྒྱ་ཡིག་གམ་བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report&apos;s language: zh_CN, bo_CN or both (default: the one chosen in the app)</source>
        <translation>སྙན་ཞུའི་སྐད་ཡིག zh_CN དང་ bo_CN ཡང་ན་ both (སོར་བཞག་ནི་མཉེན་ཆས་ནང་བདམས་པ་དེ་ཡིན།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger: only problems in these statuses (open, in_progress, solved, closed, reopened)</source>
        <translation>གནད་དོན་ཐོ་དེབ། རྣམ་པ་འདི་དག་གི་གནད་དོན་ཁོ་ན། (open, in_progress, solved, closed, reopened)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ledger: only overdue problems</source>
        <translation>གནད་དོན་ཐོ་དེབ། དུས་བཀག་ལས་བརྒལ་བའི་གནད་དོན་ཁོ་ན།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>villagedesk report {kind}: say which village with --village CODE.</source>
        <translation>villagedesk report {kind} ལ་གྲོང་ཚོ་གང་ཡིན་པ་ --village CODE ཡིས་སྟོན་རོགས།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report saved to {path}.</source>
        <translation>སྙན་ཞུ་ {path} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/roster_commands.py" line="-17"/>
        <source>import villages, people and posts from an Excel roster; save a blank roster</source>
        <translation>Excel མིང་ཐོ་ནས་གྲོང་ཚོ་དང་མི། ལས་གནས་བཅས་ནང་འདྲེན། མིང་ཐོ་སྟོང་པ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save a blank roster with the expected columns and drop-down lists</source>
        <translation>དགོས་ངེས་ཀྱི་སྟར་དང་འདེམས་ཐོ་ཡོད་པའི་མིང་ཐོ་སྟོང་པ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import a roster workbook</source>
        <translation>མིང་ཐོའི་ལས་དེབ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports the rows that are right, all in one transaction, and lists the rows rejected with sheet, row, column and reason. Exits 1 when rows were rejected.</source>
        <translation>ནོར་འཁྲུལ་མེད་པའི་ཕྲེང་ཚང་མ་ཐེངས་གཅིག་ལ་ནང་འདྲེན་བྱེད། ཕྱིར་བསྐྱུར་བའི་ཕྲེང་རྣམས་ལས་ཤོག་དང་ཕྲེང་། སྟར། རྒྱུ་མཚན་བཅས་སྟོན། ཕྱིར་བསྐྱུར་བའི་ཕྲེང་ཡོད་ན་ཕྱིར་འཐོན་ཨང་རྟགས་ 1 ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/sync_commands.py" line="+54"/>
        <source>show what would change; write nothing</source>
        <translation>འགྱུར་བ་ཅི་འབྱུང་བ་སྟོན་ཙམ་བྱེད། ཅི་ཡང་མི་འབྲི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the rejected rows with the reasons, to fix and import again</source>
        <translation>ཕྱིར་བསྐྱུར་བའི་ཕྲེང་རྣམས་རྒྱུ་མཚན་དང་བཅས་ཉར་ཚགས་བྱེད། བཟོ་བཅོས་བྱས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read a column whose header was not recognised as this roster column (KEY such as phone, village_code; &apos;none&apos; to leave a column out); COLUMN is a letter or number</source>
        <translation>སྟར་མིང་ངོས་མ་ཟིན་པའི་སྟར་ཞིག་མིང་ཐོའི་སྟར་འདི་ལྟར་ཀློག (KEY དཔེར་ན་ phone, village_code། སྟར་ཞིག་མི་ཀློག་ན་ &apos;none&apos;) COLUMN ནི་སྟར་གྱི་དབྱིན་ཡིག་གམ་ཨང་གྲངས་ཡིན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank roster saved to {path}.</source>
        <translation>མིང་ཐོ་སྟོང་པ་ {path} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--map takes SHEET!COLUMN=KEY, such as &apos;Sheet1!H=phone&apos;, with one of the keys: {keys}.</source>
        <translation>--map ཡི་རྣམ་གཞག་ནི་ SHEET!COLUMN=KEY ཡིན། དཔེར་ན་ &apos;Sheet1!H=phone&apos; KEY ནི་ {keys} གང་རུང་གཅིག་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} rows were rejected.</source>
        <translation>ཕྲེང་{count} ཕྱིར་བསྐྱུར་ཟིན།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: {rows} rows read from {sheets} sheets ({skipped} blank or subtotal rows left out).</source>
        <translation>{file} ལས་ཤོག་{sheets} ནས་ཕྲེང་{rows} བཀློགས་ཟིན། (ཕྲེང་སྟོང་པའམ་བསྡོམས་གྲངས་ཀྱི་ཕྲེང་{skipped} མ་བཀློགས།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet {sheet}: no roster header found; left out.</source>
        <translation>ལས་ཤོག་ {sheet} ནང་མིང་ཐོའི་གདོང་ཕྲེང་མ་རྙེད་པས་མ་བཀློགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, column {column} ({header}): not recognised, left out (read it with --map).</source>
        <translation>ལས་ཤོག་ {sheet} སྟར་ {column} ({header}) ངོས་མ་ཟིན་པས་མ་བཀློགས། (--map སྤྱད་ན་ཀློག་ཐུབ།)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/overview_commands.py" line="-5"/>
        <source>the prefecture overview: per county, villages by warning colour and campaign status, problems found, solved and closed out</source>
        <translation>ཁུལ་གྱི་སྤྱི་ཁོག རྫོང་རེ་རེར་ཉེན་བརྡའི་ཚོས་གཞི་དང་ལེགས་བཅོས་རྣམ་པ་ལྟར་གྱི་གྲོང་ཚོ་དང་། རྙེད་པ་དང་ཐག་ཆོད་པ། ཐོ་ནས་བསུབ་པའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prefecture or a county: its id or division code (default: every county)</source>
        <translation>ཁུལ་ལམ་རྫོང་། དེའི་ཨང་རྟགས་སམ་ས་ཁོངས་ཨང་རྟགས། (སྔོན་སྒྲིག་ནི་རྫོང་ཡོངས།)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../desktop/cli/roster_commands.py" line="+3"/>
        <source>Townships</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the campaign</source>
        <translation>ལེགས་བཅོས་ཁོངས་ཚུད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>ཐོ་ནས་བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>དུས་བཀག་ལས་བརྒལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>ཁྱོན་བསྡོམས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counties} counties, {villages} villages; {problems}</source>
        <translation>རྫོང་ {counties}། གྲོང་ཚོ་ {villages}། {problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no county)</source>
        <translation>(རྫོང་མེད།)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/roster_commands.py" line="+1"/>
        <source>People</source>
        <translation>མི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {added} to add, {changed} to change, {unchanged} unchanged.</source>
        <translation>{what} ཁ་སྣོན་བྱ་རྒྱུ་{added}། བཟོ་བཅོས་བྱ་རྒྱུ་{changed}། འགྱུར་བ་མེད་པ་{unchanged}།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new township {name}</source>
        <translation>ཤང་གྲོང་རྡལ་གསར་པ་ {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected rows saved to {path}.</source>
        <translation>ཕྱིར་བསྐྱུར་བའི་ཕྲེང་རྣམས་ {path} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/sync_commands.py" line="+215"/>
        <source>Dry run: nothing was written.</source>
        <translation>ཚོད་ལྟའི་འཁོར་སྐྱོད། ཅི་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported in one change set ({id}); the app can undo it whole.</source>
        <translation>བཟོ་བཅོས་ཚོགས་གཅིག་ ({id}) ལ་ནང་འདྲེན་བྱས་ཟིན། མཉེན་ཆས་ནང་ཧྲིལ་པོར་ཕྱིར་འཐེན་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: the database already holds all of it.</source>
        <translation>ནང་འདྲེན་བྱ་རྒྱུ་མེད། གཞི་གྲངས་མཛོད་ནང་ཚང་མ་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="-268"/>
        <source>this installation&apos;s id, unit and key fingerprint</source>
        <translation>མཐའ་སྣེ་འདིའི་ཨང་རྟགས་དང་། ལས་ཁུངས། གསང་ལྡེའི་མཛུབ་རིས་ཨང་གྲངས་བཅས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this installation&apos;s identity</source>
        <translation>མཐའ་སྣེ་འདིའི་ངོ་རྟགས་ཆ་འཕྲིན་སྟོན་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make new keys (after a revocation): the other side must enrol this installation again</source>
        <translation>གསང་ལྡེ་གསར་པ་བཟོ་བ། (ཆ་མེད་བཏང་རྗེས།) ཕྱོགས་གཞན་གྱིས་མཐའ་སྣེ་འདི་བསྐྱར་དུ་ཐོ་འགོད་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set this installation up as a county or a township</source>
        <translation>མཐའ་སྣེ་འདི་རྫོང་རིམ་མམ་ཤང་རིམ་པར་སྒྲིག་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set up as a county: enrols townships, merges their bundles</source>
        <translation>རྫོང་རིམ་པར་སྒྲིག་པ། ཤང་གྲོང་རྡལ་གྱི་མཐའ་སྣེ་ཐོ་འགོད་བྱེད་པ་དང་དེ་དག་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཟླ་སྒྲིལ་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up as a township: sends its villages&apos; data to the county</source>
        <translation>ཤང་རིམ་པར་སྒྲིག་པ། ཁོངས་གཏོགས་གྲོང་ཚོའི་གཞི་གྲངས་རྫོང་ལ་སྐྱེལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit&apos;s division code</source>
        <translation>ལས་ཁུངས་ཀྱི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit&apos;s Chinese name, to add it when it is not in the database</source>
        <translation>ལས་ཁུངས་ཀྱི་རྒྱ་ཡིག་མིང་། (གཞི་གྲངས་མཛོད་ནང་ལས་ཁུངས་དེ་མེད་ན་འདི་ལྟར་ཁ་སྣོན་བྱེད།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit&apos;s Tibetan name</source>
        <translation>ལས་ཁུངས་ཀྱི་བོད་ཡིག་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name for this installation, shown to the other side (default: the unit&apos;s name)</source>
        <translation>མཐའ་སྣེ་འདིའི་མིང་། ཕྱོགས་གཞན་ལ་སྟོན། (སོར་བཞག ལས་ཁུངས་ཀྱི་མིང་།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange enrolment files with the county or a township; list and revoke</source>
        <translation>རྫོང་ངམ་ཤང་གྲོང་རྡལ་དང་ཐོ་འགོད་ཡིག་ཆ་བརྗེ་རེས་བྱེད་པ། ཐོ་ལྟ་བ་དང་ཆ་མེད་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s enrolment file</source>
        <translation>མཐའ་སྣེ་འདིའི་ཐོ་འགོད་ཡིག་ཆ་འབྲི་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrol another installation from its file and the fingerprint on its slip</source>
        <translation>མཐའ་སྣེ་གཞན་ཞིག་གི་ཐོ་འགོད་ཡིག་ཆ་དང་དེའི་ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་མཛུབ་རིས་ཨང་གྲངས་ལ་གཞིགས་ནས་ཐོ་འགོད་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 40 digits printed on the other installation&apos;s enrolment slip (spaces allowed)</source>
        <translation>མཐའ་སྣེ་གཞན་དེའི་ཐོ་འགོད་ཤོག་བྱང་སྟེང་དུ་པར་བརྒྱབ་པའི་ཨང་ཀི་40 (བར་སྟོང་ཡོད་ཀྱང་ཆོག)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the enrolled installations</source>
        <translation>ཐོ་འགོད་བྱས་ཟིན་པའི་མཐའ་སྣེའི་ཐོ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>county: refuse an installation&apos;s bundles from now on (a lost laptop)</source>
        <translation>རྫོང་རིམ། ད་ནས་བཟུང་མཐའ་སྣེ་ཞིག་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཕྱིར་བསྐྱུར་བ། (ལག་ཐོགས་གློག་ཀླད་བོར་བ་ལྟ་བུ།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make and import sync bundles</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ་དང་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a bundle for an enrolled installation</source>
        <translation>ཐོ་འགོད་བྱས་ཟིན་པའི་མཐའ་སྣེ་ཞིག་ཆེད་དུ་གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes everything changed since the last bundle the other side acknowledged (with --full, everything), signed and encrypted for it.</source>
        <translation>ཕྱོགས་གཞན་གྱིས་མཐའ་མར་ངོས་ལེན་བྱས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་རྗེས་ཀྱི་འགྱུར་བ་ཚང་མ་འབྲི། (--full ཡོད་ན་གཞི་གྲངས་ཚང་མ་འབྲི།) མིང་རྟགས་བཀོད་དེ་ཕྱོགས་གཞན་ཆེད་དུ་གསང་སྦས་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the installation id (or its first digits, or its unit&apos;s code)</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས། (ཡང་ན་དེའི་ཨང་ཀི་ཐོག་མ་ཁ་ཤས། ཡང་ན་དེའི་ལས་ཁུངས་ཀྱི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send everything, not only the changes</source>
        <translation>འགྱུར་བ་ཙམ་མ་ཡིན་པར་གཞི་གྲངས་ཚང་མ་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks the whole bundle, then imports all of it in one transaction, or nothing. Exits 1 when the bundle is refused.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཧྲིལ་པོ་བརྟག་དཔྱད་བྱས་རྗེས་ཐེངས་གཅིག་ལ་ཚང་མ་ནང་འདྲེན་བྱེད། ཡང་ན་ཅི་ཡང་ནང་འདྲེན་མི་བྱེད། གཞི་གྲངས་ཐུམ་སྒྲིལ་ཕྱིར་བསྐྱུར་ན་ཕྱིར་འཐོན་ཨང་རྟགས་ 1 ཡིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records both sides changed: list, show and resolve</source>
        <translation>ཕྱོགས་གཉིས་ཀས་བཟོ་བཅོས་བྱས་པའི་ཟིན་ཐོ། ཐོ་ལྟ་བ། སྟོན་པ། ཐག་གཅོད་བཅས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the open conflicts</source>
        <translation>ཐག་མ་ཆོད་པའི་འགལ་ཟླའི་ཐོ་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the resolved ones</source>
        <translation>ཐག་ཆོད་ཟིན་པའི་འགལ་ཟླ་ཡང་སྟོན་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show both versions side by side</source>
        <translation>པར་གཞི་གཉིས་ཀ་གཤིབ་སྟེ་སྟོན་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolve a conflict</source>
        <translation>འགལ་ཟླ་ཐག་གཅོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep the version that won</source>
        <translation>རྒྱལ་ཁ་ཐོབ་པའི་པར་གཞི་ཉར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the other version as a new change here</source>
        <translation>པར་གཞི་གཞན་དེ་འདིར་བཟོ་བཅོས་གསར་པ་ཞིག་ཏུ་འབྲི་བ།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Installation: {id}</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས། {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: {name}</source>
        <translation>མིང་། {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as: {mode}, {unit} {code}</source>
        <translation>རིམ་པ། {mode} {unit} {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {digits}</source>
        <translation>མཛུབ་རིས་ཨང་གྲངས། {digits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This installation&apos;s key was revoked by the county on {date}; enrol again.</source>
        <translation>མཐའ་སྣེ་འདིའི་གསང་ལྡེ་རྫོང་གིས་ {date} ལ་ཆ་མེད་བཏང་ཟིན། ཡང་བསྐྱར་ཐོ་འགོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New keys made. Export the enrolment file again and give the other side the new fingerprint: {digits}</source>
        <translation>གསང་ལྡེ་གསར་པ་བཟོས་ཟིན། ཐོ་འགོད་ཡིག་ཆ་བསྐྱར་དུ་ཕྱིར་འདོན་གྱིས་ལ་མཛུབ་རིས་ཨང་གྲངས་གསར་པ་ཕྱོགས་གཞན་ལ་སྤྲོད་རོགས། {digits}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set up as {mode} for {unit} ({code}).</source>
        <translation>མཐའ་སྣེ་འདི་ {mode} ལ་སྒྲིག་ཟིན། ལས་ཁུངས། {unit} ({code})།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enrolment file written to {path}.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ {path} ནང་བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the other side this fingerprint separately (on the printed slip): {digits}</source>
        <translation>པར་བརྒྱབ་པའི་ཐོ་འགོད་ཤོག་བྱང་བརྒྱུད་མཛུབ་རིས་ཨང་གྲངས་འདི་ཕྱོགས་གཞན་ལ་ལོགས་སུ་སྤྲོད་རོགས། {digits}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrolled {name} ({unit}), installation {id}.</source>
        <translation>{name} ({unit}) ཐོ་འགོད་བྱས་ཟིན། མཐའ་སྣེའི་ཨང་རྟགས་ {id}།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No installation is enrolled here yet.</source>
        <translation>འདིར་ད་དུང་མཐའ་སྣེ་གང་ཡང་ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation</source>
        <translation>མཐའ་སྣེ།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup_commands.py" line="-21"/>
        <source>list, make and restore backups</source>
        <translation>གྲབས་ཉར་གྱི་ཐོ་སྟོན་པ་དང་བཟོ་བ། སླར་གསོ་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are checked copies of the database in the backup folder (beside the database unless another was chosen).</source>
        <translation>གྲབས་ཉར་ནི་གྲབས་ཉར་ཡིག་སྣོད་ནང་གི་ཞིབ་བཤེར་བྱས་ཟིན་པའི་གཞི་གྲངས་མཛོད་ཀྱི་འདྲ་བཤུས་ཡིན། (ཡིག་སྣོད་གཞན་ཞིག་མ་བདམས་ན་གཞི་གྲངས་མཛོད་ཀྱི་འགྲམ་དུ་ཡོད།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list this database&apos;s backups, newest first</source>
        <translation>གཞི་གྲངས་མཛོད་འདིའི་གྲབས་ཉར་གྱི་ཐོ་སྟོན། གསར་ཤོས་སྔོན་ལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make a backup now</source>
        <translation>ད་ལྟ་གྲབས་ཉར་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup in the database&apos;s place</source>
        <translation>གྲབས་ཉར་གྱིས་ད་ལྟའི་གཞི་གྲངས་མཛོད་ཀྱི་ཚབ་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is checked through first; the database as it was is kept as a backup (or, if damaged, as a copy beside it).</source>
        <translation>སྔོན་ལ་གྲབས་ཉར་དེ་ཆ་ཚང་ཞིབ་བཤེར་བྱེད། སྔར་གྱི་གཞི་གྲངས་མཛོད་དེ་གྲབས་ཉར་ཞིག་ཏུ་ཉར་ཚགས་བྱེད། (སྐྱོན་ཤོར་ཟིན་ན་དེའི་འགྲམ་དུ་འདྲ་བཤུས་ཤིག་ཏུ་ཉར།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s file name, as listed</source>
        <translation>གྲབས་ཉར་གྱི་ཡིག་ཆའི་མིང་། (ཐོ་ནང་གི་ལྟར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newest backup that passes its check</source>
        <translation>ཞིབ་བཤེར་ལས་བརྒལ་བའི་གྲབས་ཉར་གསར་ཤོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the database file for damage</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆར་སྐྱོན་ཤོར་མིན་ཞིབ་བཤེར་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs SQLite&apos;s quick check (with --full its integrity check) on the database file. Exit status 1 if it is damaged.</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆའི་ཐོག་ SQLite ཡི་མྱུར་ཞིབ་བྱེད། (--full ཡོད་ན་ཆ་ཚང་ཞིབ་བཤེར་བྱེད།) སྐྱོན་ཤོར་ཟིན་ན་ཕྱིར་འཐོན་གནས་སྟངས་ 1 ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the thorough check (slower)</source>
        <translation>ཞིབ་བཤེར་ཞིབ་ཚགས། (དལ་བ།)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This command works on a database file. A database on a server is backed up and checked by the server&apos;s administrator (pg_dump, pg_amcheck).</source>
        <translation>བཀའ་བརྡ་འདི་གཞི་གྲངས་མཛོད་ཀྱི་ཡིག་ཆ་ཁོ་ནར་སྤྱོད་ཆོག ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད་ནི་འཕྲུལ་ཆས་དོ་དམ་པས་གྲབས་ཉར་དང་ཞིབ་བཤེར་བྱེད། (pg_dump, pg_amcheck)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No backups of this database in {folder}.</source>
        <translation>{folder} ནང་གཞི་གྲངས་མཛོད་འདིའི་གྲབས་ཉར་མི་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>བཟོས་དུས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ཆེ་ཆུང་།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup made: {path} ({size})</source>
        <translation>གྲབས་ཉར་བྱས་ཟིན། {path} ({size})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no good backup of this database in {folder}.</source>
        <translation>{folder} ནང་གཞི་གྲངས་མཛོད་འདིའི་སྐྱོན་མེད་པའི་གྲབས་ཉར་མི་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup named {name} in {folder}.</source>
        <translation>{folder} ནང་ {name} ཞེས་པའི་གྲབས་ཉར་མི་འདུག</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Restored the backup made {when}: {name}</source>
        <translation>{when} ལ་བཟོས་པའི་གྲབས་ཉར་སླར་གསོ་བྱས་ཟིན། {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept in {path}</source>
        <translation>སྔར་གྱི་གཞི་གྲངས་མཛོད་ {path} ནང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: no damage found.</source>
        <translation>{path}: སྐྱོན་མ་རྙེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged. Restore it from a backup: villagedesk backup restore --newest</source>
        <translation>{path} སྐྱོན་ཤོར་ཟིན། གྲབས་ཉར་ནས་སླར་གསོ་བྱོས། villagedesk backup restore --newest</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="+1"/>
        <source>Sent</source>
        <translation>བཏང་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>ངོས་ལེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>འབྱོར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>ཆ་མེད་བཏང་ཟིན།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is revoked: its bundles are refused from now on, and the county&apos;s next bundles tell the others.</source>
        <translation>{name} ཆ་མེད་བཏང་ཟིན། ད་ནས་བཟུང་དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཕྱིར་བསྐྱུར་བྱེད། རྫོང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་རྗེས་མས་མཐའ་སྣེ་གཞན་དག་ལ་བརྡ་སྤྲོད་བྱེད།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No enrolled installation matches {text} (see: villagedesk enrol list).</source>
        <translation>{text} དང་མཐུན་པའི་ཐོ་འགོད་བྱས་ཟིན་པའི་མཐའ་སྣེ་མེད། (ལྟ་ས། villagedesk enrol list)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} matches several installations; give more of the id.</source>
        <translation>{text} དང་མཐུན་པའི་མཐའ་སྣེ་མང་པོ་འདུག ཨང་རྟགས་ཀྱི་ཨང་ཀི་དེ་བས་མང་བ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>full</source>
        <translation>ཆ་ཚང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes since bundle {n}</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {n} རྗེས་ཀྱི་འགྱུར་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle {sequence} ({kind}) written to {path}: {rows} records, {files} files, {size} bytes.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {sequence} ({kind}) {path} ནང་བྲིས་ཟིན། ཟིན་ཐོ་{rows} ཡིག་ཆ་{files} ཡིག་ཚིགས་{size}།</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Bundle {sequence} from {name}, made {at}.</source>
        <translation>{name} ནས་ཡོང་བའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {sequence} {at} ལ་བཟོས་པ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundles {numbers} never came; this one holds their changes.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {numbers} གཏན་ནས་མ་འབྱོར། ཐུམ་སྒྲིལ་འདིའི་ནང་དེ་དག་གི་འགྱུར་བ་ཚུད་ཡོད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>རེའུ་མིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>གསར་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>བསུབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>འགྱུར་མེད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>འགལ་ཟླ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} villages touched.</source>
        <translation>འབྲེལ་ཡོད་གྲོང་ཚོ་{count}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: {entity} {id} (decided by {rule})</source>
        <translation>འགལ་ཟླ། {entity} {id} (སྒྲིག་སྲོལ་ {rule} ལྟར་ཐག་བཅད།)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported in one transaction.</source>
        <translation>ཐེངས་གཅིག་ལ་ཚང་མ་ནང་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also imported bundle {sequence}, which was waiting for this one.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་སྒུག་བཞིན་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {sequence} ཡང་ནང་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No open conflicts.</source>
        <translation>ཐག་མ་ཆོད་པའི་འགལ་ཟླ་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/audit_commands.py" line="+11"/>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Record</source>
        <translation>ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Detected</source>
        <translation>རྙེད་དུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>སྒྲིག་སྲོལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>ཐག་གཅོད་ཚུལ།</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept</source>
        <translation>ཉར་བའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>པར་གཞི་གཞན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict resolved: the other version is now the record here.</source>
        <translation>འགལ་ཟླ་ཐག་ཆོད་ཟིན། ད་ནི་པར་གཞི་གཞན་དེ་འདིའི་ཟིན་ཐོར་གྱུར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved: the version that won stays.</source>
        <translation>འགལ་ཟླ་ཐག་ཆོད་ཟིན། རྒྱལ་ཁ་ཐོབ་པའི་པར་གཞི་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+1"/>
        <source>read the password from the first line of standard input (for scripts)</source>
        <translation>ཚད་ལྡན་ནང་འཇུག་གི་ཕྲེང་དང་པོ་ནས་གསང་ཨང་ཀློག (རྐང་འཛིན་ཆེད།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, add and edit user accounts</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཐོ་སྟོན་པ་དང་ཁ་སྣོན། རྩོམ་སྒྲིག་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts and their roles: clerk, secretary, reviewer, admin. The first account must be an administrator; after that every command needs --user and its password.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་དང་དེའི་འགན་གནས། clerk (ཤང་གི་ནང་འཇུག་པ།) secretary (ཤང་གི་ཧྲུའུ་ཅི།) reviewer (རྫོང་རིམ་ཞིབ་བཤེར་བ།) admin (མ་ལག་དོ་དམ་པ།) ཐོ་ཁོངས་དང་པོ་ངེས་པར་དུ་མ་ལག་དོ་དམ་པ་ཡིན་དགོས། དེ་རྗེས་བཀའ་བརྡ་རེ་རེར་ --user དང་དེའི་གསང་ཨང་དགོས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the user accounts</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཐོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a user account</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a role of the user (repeat for several)</source>
        <translation>སྤྱོད་མཁན་གྱི་འགན་གནས། (མང་པོ་ཡིན་ན་བསྐྱར་ཟློས་བྱོས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the name shown for the user</source>
        <translation>སྤྱོད་མཁན་གྱི་མངོན་པའི་མིང་།</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>for the first administrator, who encrypts the database: also write the recovery sheet to print (PDF) to this file</source>
        <translation>མ་ལག་དོ་དམ་པ་དང་པོ་ཁ་སྣོན་སྐབས་སུ། (དེ་སྐབས་གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད།) པར་འདེབས་རྒྱུའི་སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་ (PDF) ཡང་ཡིག་ཆ་འདིའི་ནང་འབྲི།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change a user&apos;s name, roles or access</source>
        <translation>སྤྱོད་མཁན་གྱི་མིང་དང་འགན་གནས། ནང་འཛུལ་ཆོག་མིན་བཟོ་བཅོས་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user&apos;s roles from now on (repeat for several)</source>
        <translation>ད་ནས་བཟུང་སྤྱོད་མཁན་གྱི་འགན་གནས། (མང་པོ་ཡིན་ན་བསྐྱར་ཟློས་བྱོས།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user may no longer sign in</source>
        <translation>སྤྱོད་མཁན་དེས་ད་ནས་ནང་འཛུལ་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user may sign in again</source>
        <translation>སྤྱོད་མཁན་དེས་ཡང་བསྐྱར་ནང་འཛུལ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a user a new password, to be changed at the next sign-in</source>
        <translation>སྤྱོད་མཁན་ལ་གསང་ཨང་གསར་པ་སྤྲོད། ཐེངས་རྗེས་མའི་ནང་འཛུལ་སྐབས་བསྒྱུར་དགོས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change your own password</source>
        <translation>རང་གི་གསང་ཨང་བསྒྱུར།</translation>
    </message>
    <message>
        <location filename="../desktop/cli/encryption_commands.py" line="-7"/>
        <source>also write the recovery sheet to print (PDF) to this file</source>
        <translation>པར་འདེབས་རྒྱུའི་སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་ (PDF) ཡང་ཡིག་ཆ་འདིའི་ནང་འབྲི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt the database (an administrator; prints the recovery key once)</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད། (མ་ལག་དོ་དམ་པས་བྱེད་དགོས། སླར་གསོའི་ལྡེ་མིག་ཐེངས་གཅིག་ཁོ་ན་འདོན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt a database that has user accounts: a backup is made first, then the database, its backups and attachments are encrypted. The recovery key is printed once: keep it on paper, away from the laptop.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་ཡོད་པའི་གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད། སྔོན་ལ་གྲབས་ཉར་ཞིག་བྱས་རྗེས་གཞི་གྲངས་མཛོད་དང་དེའི་གྲབས་ཉར། ཟུར་སྦྲེལ་བཅས་གསང་སྦས་བྱེད། སླར་གསོའི་ལྡེ་མིག་ཐེངས་གཅིག་ཁོ་ན་འདོན། དེ་ཤོག་བུའི་སྟེང་དུ་བྲིས་ནས་ལག་ཁྱེར་གློག་ཀླད་དང་ཁ་གྲལ་དུ་ཉར་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open an encrypted database with the recovery key and set an administrator&apos;s new password</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གིས་གསང་སྦས་བྱས་པའི་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་ནས་མ་ལག་དོ་དམ་པ་ཞིག་ལ་གསང་ཨང་གསར་པ་སྒྲིག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When every password is lost: the recovery key printed when the database was encrypted opens it; the administrator named by --user gets a new password.</source>
        <translation>གསང་ཨང་ཚང་མ་བོར་བའི་སྐབས་སུ་བེད་སྤྱོད་བྱེད། གཞི་གྲངས་མཛོད་གསང་སྦས་བྱས་སྐབས་འདོན་པའི་སླར་གསོའི་ལྡེ་མིག་གིས་དེ་ཁ་འབྱེད། --user ཡིས་མིང་བཀོད་པའི་མ་ལག་དོ་དམ་པར་གསང་ཨང་གསར་པ་སྤྲོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the 48 digits of the recovery sheet (asked on the terminal if left out)</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་སྟེང་གི་ཨང་ཀི་48 (མ་བཀོད་ན་བཀའ་བརྡའི་སྒེའུ་ཁུང་ནང་འདྲི།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/user_commands.py" line="+1"/>
        <source>read the new password from the first line of standard input (for scripts)</source>
        <translation>ཚད་ལྡན་ནང་འཇུག་གི་ཕྲེང་དང་པོ་ནས་གསང་ཨང་གསར་པ་ཀློག (རྐང་འཛིན་ཆེད།)</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+41"/>
        <source>yes</source>
        <translation>ཡིན།</translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <location filename="../desktop/ui/campaign_menu.py" line="+51"/>
        <source>&amp;Rectification</source>
        <translation>ལེགས་སྒྲིག(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan…</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>ལེགས་སྒྲིག་གི་སྤྱིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་ཟིན་བྲིས་བཟོ</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../desktop/ui/category_chart.py" line="+142"/>
        <source>{category}: {found} problems found, {solved} solved ({share} %)</source>
        <translation>{category} གནད་དོན་ {found} རྙེད་པ་ལས་ {solved} ཐག་ཆོད་ཟིན། ({share}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the solved ones.</source>
        <translation>མནན་ན་ཐག་ཆོད་ཟིན་པའི་གནད་དོན་གྱི་ཐོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to list them.</source>
        <translation>མནན་ན་ཞིབ་ཕྲའི་ཐོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Found</source>
        <translation>རྙེད་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved</source>
        <translation>ཐག་ཆོད་ཟིན།</translation>
    </message>
</context>
<context>
    <name>ChecklistManager</name>
    <message>
        <location filename="../desktop/ui/checklist_manager.py" line="+104"/>
        <source>Shipped</source>
        <translation>ནང་བཀོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>ནང་འདྲེན་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>གསར་ཤོས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded</source>
        <translation>ཚབ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>Import checklist template</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Checklist templates (*.xlsx *.toml);;Excel workbooks (*.xlsx);;TOML files (*.toml)</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི། (*.xlsx *.toml);;Excel ལས་དེབ། (*.xlsx);;TOML ཡིག་ཆ། (*.toml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>{file} was not imported.</source>
        <translation>{file} ནང་འདྲེན་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import checklist template {label}</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་ {label} ནང་འདྲེན</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has {count} mistakes; nothing was imported. Fix them all in the file and import it again.</source>
        <translation>{file} ནང་ནོར་འཁྲུལ་ {count} འདུག ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། ཡིག་ཆའི་ནང་ནོར་འཁྲུལ་ཚང་མ་བཅོས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Export checklist template</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} ལ་འབྲི་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template {label} saved to {path}.</source>
        <translation>དཔེ་གཞི་ {label} {path} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist templates</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template changed after inspections were made with it becomes a new version; those inspections keep the version they used.</source>
        <translation>ཞིབ་བཤེར་བྱས་ཟིན་པའི་དཔེ་གཞི་ལ་བཟོ་བཅོས་བྱས་ན་པར་གཞི་གསར་པ་ཞིག་ཏུ་འགྱུར། ཞིབ་བཤེར་དེ་དག་ལ་རང་གིས་བེད་སྤྱད་པའི་པར་གཞི་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>ནང་འདྲེན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to Excel…</source>
        <translation>Excel ལ་ཕྱིར་འདྲེན།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>པར་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>ཞིབ་བཤེར་ཡུལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicators</source>
        <translation>ཚད་གཞིའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར་ཐེངས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../desktop/core/checklists.py" line="+147"/>
        <source>This text is missing in {language}.</source>
        <translation>{language}ཡི་ཡི་གེ་མི་འདུག</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code is missing.</source>
        <translation>ཨང་རྟགས་མི་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} may only hold letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>ཨང་རྟགས་ {code} ནང་དབྱིན་ཡིག་དང་ཨང་ཀི། &apos;.&apos; &apos;-&apos; &apos;_&apos; ཙམ་ལས་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} is used twice.</source>
        <translation>ཨང་རྟགས་ {code} ཐེངས་གཉིས་བེད་སྤྱད་འདུག</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A number is needed here.</source>
        <translation>འདིར་ཨང་གྲངས་དགོས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+136"/>
        <source>Write yes or no.</source>
        <translation>ཡིན་ནམ་མིན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Chinese</source>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tibetan</source>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This template is written in format {found}; this version of the program reads format {known}.</source>
        <translation>དཔེ་གཞི་འདི་རྣམ་གཞག་ {found} ལྟར་བྲིས་འདུག མཉེན་ཆས་པར་གཞི་འདིས་རྣམ་གཞག་ {known} ཀློག</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template code must be 2–64 lower-case letters, digits or &apos;-&apos;.</source>
        <translation>དཔེ་གཞིའི་ཨང་རྟགས་ནི་དབྱིན་ཡིག་ཆུང་བ། ཨང་ཀི། &apos;-&apos; བཅས་ 2–64 དགོས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The version must be a whole number from 1.</source>
        <translation>པར་གཞི་ནི་ 1 ནས་འགོ་བའི་ཨང་གྲངས་ཧྲིལ་པོ་ཞིག་དགོས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write village or township.</source>
        <translation>village (གྲོང་ཚོ།) ཡང་ན་ township (ཤང་།) འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a fraction above 0 and at most 1.</source>
        <translation>0 ལས་ཆེ་བ་དང་ 1 ལས་མི་བརྒལ་བའི་ཆ་ཤས་གྲངས་ཤིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template has no indicators.</source>
        <translation>དཔེ་གཞིའི་ནང་ཚད་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The aspect {code} has no indicators.</source>
        <translation>ཕྱོགས་ {code} ལ་ཚད་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category {code} has no aspects.</source>
        <translation>རིགས་ {code} ལ་ཕྱོགས་མེད།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The weight must be above 0.</source>
        <translation>ལྗིད་ཚད་ 0 ལས་ཆེ་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one of yes_no, scale, bands or count.</source>
        <translation>yes_no དང་ scale། bands། count བཅས་ལས་གཅིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a weakness type (soft, disorderly, lax, weak, poor).</source>
        <translation>{value} ནི་ཞན་པའི་རིགས་མིན། (soft དང་ disorderly། lax། weak། poor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not one of the eight remedies.</source>
        <translation>{value} ནི་བཅོས་ཐབས་བརྒྱད་ཀྱི་ཁོངས་སུ་མི་གཏོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scale&apos;s top must be a whole number from 1 to {top}.</source>
        <translation>རིམ་པའི་མཐོ་ཤོས་ནི་ 1 ནས་ {top} བར་གྱི་ཨང་གྲངས་ཧྲིལ་པོ་དགོས།</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write bands as from:score pairs, e.g. 0:0; 50000:0.6; 100000:1.</source>
        <translation>རིམ་དབྱེ་ནི་ འགོ་ཚད:ཐོབ་སྐར་ ཟུང་དུ་འབྲི་རོགས། དཔེར་ན། 0:0; 50000:0.6; 100000:1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind needs bands.</source>
        <translation>རིགས་འདི་ལ་རིམ་དབྱེ་དགོས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A band&apos;s score is a fraction from 0 to 1.</source>
        <translation>རིམ་དབྱེའི་ཐོབ་སྐར་ནི་ 0 ནས་ 1 བར་གྱི་ཆ་ཤས་གྲངས་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bands must rise: each &apos;from&apos; above the one before.</source>
        <translation>རིམ་དབྱེ་རིམ་བཞིན་འཕར་དགོས། འགོ་ཚད་རེ་རེ་སྔ་མ་ལས་མཐོ་དགོས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/checklist_excel.py" line="+66"/>
        <source>The workbook</source>
        <translation>ལས་དེབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, row {row}, column {column} ({header})</source>
        <translation>ལས་ཤོག་ {sheet} ཕྲེང་ {row} སྟར་ {column} ({header})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet {sheet}, row {row}</source>
        <translation>ལས་ཤོག་ {sheet} ཕྲེང་ {row}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet {sheet}</source>
        <translation>ལས་ཤོག་ {sheet}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx) or it is damaged. Save it from Excel as .xlsx and try again.</source>
        <translation>{name} ནི་ Excel ལས་དེབ་ (.xlsx) མིན་པའམ་སྐྱོན་ཤོར་འདུག Excel ནས་ .xlsx ལ་ཉར་ཚགས་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook has no sheet named {name} (or {name_zh}).</source>
        <translation>ལས་དེབ་ནང་ {name} (ཡང་ན་ {name_zh}) ཞེས་པའི་ལས་ཤོག་མེད།</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The column {heading} is missing from the header row.</source>
        <translation>གདོང་ཕྲེང་ནང་སྟར་ {heading} མི་འདུག</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The code {code} already has the name {name} (row {row}); a code keeps one name.</source>
        <translation>ཨང་རྟགས་ {code} ལ་མིང་ “{name}” ཡོད་ཟིན། (ཕྲེང་ {row}) ཨང་རྟགས་གཅིག་ལ་མིང་གཅིག་ལས་མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../desktop/services/checklists.py" line="+47"/>
        <source>Template {label} added.</source>
        <translation>དཔེ་གཞི་ {label} ཁ་སྣོན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {label} added as a new version; inspections made with earlier versions keep theirs.</source>
        <translation>དཔེ་གཞི་ {label} པར་གཞི་གསར་པ་ཞིག་ཏུ་ཁ་སྣོན་བྱས་ཟིན། པར་གཞི་སྔ་མས་བྱས་པའི་ཞིབ་བཤེར་ལ་རང་གི་པར་གཞི་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template {label} replaced (no inspection used it yet).</source>
        <translation>དཔེ་གཞི་ {label} བརྗེས་ཟིན། (ད་དུང་ཞིབ་བཤེར་གང་གིས་ཀྱང་བེད་སྤྱད་མེད།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {label} is already here, unchanged.</source>
        <translation>དཔེ་གཞི་ {label} ཡོད་ཟིན། འགྱུར་བ་མེད།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template has {count} mistakes; nothing was imported.</source>
        <translation>དཔེ་གཞིའི་ནང་ནོར་འཁྲུལ་ {count} འདུག ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no checklist template {key}. `villagedesk checklist list` shows them.</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་ {key} མེད། `villagedesk checklist list` གིས་ཚང་མ་སྟོན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no checklist template {key}.</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་ {key} མེད།</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} ཀློག་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>{path} ལ་འབྲི་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place}, {field}: {message}</source>
        <translation>{place} {field} {message}</translation>
    </message>
</context>
<context>
    <name>ConflictCompare</name>
    <message>
        <location filename="../desktop/ui/conflict_compare.py" line="+94"/>
        <source>this installation</source>
        <translation>མཐའ་སྣེ་འདི</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a conflict in the list to compare both versions.</source>
        <translation>པར་གཞི་གཉིས་གཤིབ་བསྡུར་བྱེད་པར་ཐོ་གཞུང་ནང་ནས་འགལ་ཟླ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} ({table})</source>
        <translation>{record} ({table})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Both sides changed this record. The version of {kept} stays ({rule}); the version of {lost} is kept here for comparison. Fields that differ: {count}.</source>
        <translation>ཕྱོགས་གཉིས་ཀས་ཟིན་ཐོ་འདི་བཟོ་བཅོས་བྱས་ཡོད། {kept} ཡི་པར་གཞི་ཉར་ཡོད། ({rule}) {lost} ཡི་པར་གཞི་ཁ་གསལ་ཞིབ་བསྡུར་ཆེད་འདིར་ཉར་ཡོད། མི་འདྲ་བའི་ཡིག་དུམ། {count}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version kept: {who}</source>
        <translation>ཉར་བའི་པར་གཞི། {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version: {who}</source>
        <translation>པར་གཞི་གཞན། {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Field</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version kept</source>
        <translation>ཉར་བའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>པར་གཞི་གཞན།</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../desktop/ui/conflict_list_model.py" line="+57"/>
        <source>Open</source>
        <translation>ཐག་མ་ཆོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took the other version</source>
        <translation>པར་གཞི་གཞན་དེ་བེད་སྤྱད་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept this version</source>
        <translation>པར་གཞི་འདི་ཉར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved {when}: {how}</source>
        <translation>{when} ལ་ཐག་ཆོད། {how}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record</source>
        <translation>ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>ཟིན་ཐོའི་རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>རྙེད་དུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ཁུངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why this version stays</source>
        <translation>པར་གཞི་འདི་ཉར་བའི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
</context>
<context>
    <name>ConflictWindow</name>
    <message>
        <location filename="../desktop/ui/conflict_window.py" line="+116"/>
        <source>this installation</source>
        <translation>མཐའ་སྣེ་འདི</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} open conflicts</source>
        <translation>ཐག་མ་ཆོད་པའི་འགལ་ཟླ་{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open conflicts.</source>
        <translation>ཐག་མ་ཆོད་པའི་འགལ་ཟླ་མེད།</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Take the version of {other} for {record}? It is written here as a new change and goes to the other side with the next bundle.</source>
        <translation>{record} ལ་ {other} ཡི་པར་གཞི་བེད་སྤྱོད་དམ། དེ་འདིར་བཟོ་བཅོས་གསར་པ་ཞིག་ཏུ་འབྲི་ཞིང་། གཞི་གྲངས་ཐུམ་སྒྲིལ་རྗེས་མ་དང་མཉམ་དུ་ཕྱོགས་གཞན་ལ་སྐྱེལ་རྒྱུ་ཡིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Take the other version</source>
        <translation>པར་གཞི་གཞན་དེ་བེད་སྤྱོད།</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+14"/>
        <source>Conflicts</source>
        <translation>འགལ་ཟླ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records changed on both sides since the last exchange. The version shown as kept is in the database now, on both sides alike. Look at both and keep it, or take the other version.</source>
        <translation>འདི་དག་ནི་ཐེངས་སྔ་མའི་གཞི་གྲངས་བརྗེ་རེས་རྗེས་ཕྱོགས་གཉིས་ཀས་བཟོ་བཅོས་བྱས་པའི་ཟིན་ཐོ་ཡིན། ཉར་བར་མཚོན་པའི་པར་གཞི་དེ་ད་ལྟ་གཞི་གྲངས་མཛོད་ནང་ཡོད་ཅིང་ཕྱོགས་གཉིས་ཀར་གཅིག་མཚུངས་ཡིན། པར་གཞི་གཉིས་ཀར་བལྟས་ནས་དེ་ཉར་བའམ་ཡང་ན་པར་གཞི་གཞན་དེ་བེད་སྤྱོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show resolved</source>
        <translation>ཐག་ཆོད་ཟིན་པ་སྟོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this version</source>
        <translation>པར་གཞི་འདི་ཉར་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../desktop/ui/damaged_dialog.py" line="+153"/>
        <source>Restoring…</source>
        <translation>སླར་གསོ་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring the backup…</source>
        <translation>གྲབས་ཉར་སླར་གསོ་བྱེད་བཞིན་པ…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>མེད་པར་བཟོས་ཟིན། ཅི་ཡང་བཟོ་བཅོས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup made {when}.</source>
        <translation>{when} ལ་བཟོས་པའི་གྲབས་ཉར་སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database is damaged</source>
        <translation>གཞི་གྲངས་མཛོད་སྐྱོན་ཤོར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {file} is damaged.</source>
        <translation>གཞི་གྲངས་མཛོད་ {file} སྐྱོན་ཤོར་ཟིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check at start-up found damage in it (a failing disk, or the power cut during a write). It is open read-only: you can read and print the records, but nothing can be saved.</source>
        <translation>འགོ་སློང་སྐབས་ཀྱི་ཞིབ་བཤེར་གྱིས་དེའི་ནང་སྐྱོན་རྙེད། (སྡུད་སྡེར་ལ་སྐྱོན་ཤོར་བའམ། ཡང་ན་འབྲི་སྐབས་གློག་ཆད།) ད་ལྟ་ཀློག་པ་ཙམ་དུ་ཁ་ཕྱེ་ཡོད། ཟིན་ཐོ་ཀློག་པ་དང་པར་འདེབས་བྱེད་ཆོག་ཀྱང་། ཅི་ཡང་ཉར་ཚགས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue read-only</source>
        <translation>ཀློག་པ་ཙམ་དུ་མུ་མཐུད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be opened at all (a failing disk, or the power cut during a write).</source>
        <translation>དེ་ནམ་ཡང་ཁ་ཕྱེ་མི་ཐུབ། (སྡུད་སྡེར་ལ་སྐྱོན་ཤོར་བའམ། ཡང་ན་འབྲི་སྐབས་གློག་ཆད།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {count} more</source>
        <translation>… གཞན་ {count} ཡོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check found:</source>
        <translation>ཞིབ་བཤེར་གྱིས་རྙེད་པ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest good backup was made {when} ({reason}). Restoring it brings the database back as it was then: changes made after that are lost. The damaged file is kept beside it.</source>
        <translation>སྐྱོན་མེད་པའི་གྲབས་ཉར་གསར་ཤོས་དེ་ {when} ལ་བཟོས། ({reason}) དེ་སླར་གསོ་བྱས་ན་གཞི་གྲངས་མཛོད་དེ་དུས་དེའི་གནས་སྟངས་སུ་ལོག་འགྲོ། དེའི་རྗེས་ཀྱི་བཟོ་བཅོས་རྣམས་བོར་བརླག་ཏུ་འགྲོ། སྐྱོན་ཤོར་བའི་ཡིག་ཆ་དེའི་འགྲམ་དུ་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No good backup of this database was found in {folder}. Keep a copy of the damaged file and ask for help before using it further.</source>
        <translation>{folder} ནང་གཞི་གྲངས་མཛོད་འདིའི་སྐྱོན་མེད་པའི་གྲབས་ཉར་མ་རྙེད། སྐྱོན་ཤོར་བའི་ཡིག་ཆའི་འདྲ་བཤུས་ཤིག་ཉར་ཚགས་བྱས་ནས། མུ་མཐུད་བེད་སྤྱོད་མ་བྱས་གོང་རོགས་རམ་ཞུས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup</source>
        <translation>གྲབས་ཉར་སླར་གསོ།</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../desktop/ui/dashboard_window.py" line="+167"/>
        <location line="+149"/>
        <source>All villages</source>
        <translation>གྲོང་ཚོ་ཡོངས།</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{found} problems found, {solved} solved</source>
        <translation>གནད་དོན་ {found} རྙེད་པ་ལས་ {solved} ཐག་ཆོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>No warning yet</source>
        <translation>ད་དུང་ཉེན་བརྡ་མེད།</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>No plan yet</source>
        <translation>ད་དུང་འཆར་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Campaign status: {status}</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ། {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {colour}</source>
        <translation>ཉེན་བརྡ། {colour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: {state}</source>
        <translation>འཆར་གཞི། {state}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dashboard</source>
        <translation>ལེགས་སྒྲིག་གི་སྤྱིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages of</source>
        <translation>ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township summary…</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་བསྡོམས་རྩིས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview…</source>
        <translation>རྫོང་གི་སྤྱིའི་གནས་ཚུལ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found and solved, by category</source>
        <translation>རིགས་སོ་སོའི་གནད་དོན་རྙེད་པ་དང་ཐག་ཆོད་པའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems by status</source>
        <translation>རྣམ་པ་སོ་སོའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by campaign status</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ་སོ་སོའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour</source>
        <translation>ཉེན་བརྡའི་ཁ་དོག་སོ་སོའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plans by review state</source>
        <translation>ཞིབ་བཤེར་རྣམ་པ་སོ་སོའི་གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/services/demo.py" line="+138"/>
        <source>The number of villages must be between 1 and 1,000,000.</source>
        <translation>གྲོང་ཚོའི་གྲངས་ཀ་1ནས་1,000,000བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There must be at least one township and no more townships than villages.</source>
        <translation>ཤང་གྲོང་རྡལ་ཉུང་མཐར་གཅིག་དགོས་ལ། ཤང་གྲོང་རྡལ་གྱི་གྲངས་ཀ་གྲོང་ཚོའི་གྲངས་ཀ་ལས་མང་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many townships for one demo prefecture.</source>
        <translation>དཔེ་སྟོན་ཁུལ་གཅིག་ལ་ཤང་གྲོང་རྡལ་མང་དྲགས་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds data. Use an empty database, or --force to add the demo anyway.</source>
        <translation>གཞི་གྲངས་མཛོད་ནང་གཞི་གྲངས་ཡོད་ཟིན། གཞི་གྲངས་མཛོད་སྟོང་པ་ཞིག་བེད་སྤྱོད་གནང་རོགས། ཡང་ན་--force བཀོལ་ནས་དཔེ་སྟོན་གཞི་གྲངས་ཁ་སྣོན་གནང་།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many demo prefectures in this database.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིའི་ནང་དཔེ་སྟོན་ཁུལ་མང་དྲགས་འདུག</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making townships</source>
        <translation>ཤང་གྲོང་རྡལ་བཟོ་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing villages</source>
        <translation>གྲོང་ཚོ་འབྲི་བཞིན་པ།</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../desktop/ui/demo_dialog.py" line="+63"/>
        <source>Writing demo data…</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་འབྲི་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>འདོར་ཟིན། ཅི་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fill with demo data</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་འཇུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a made-up county: townships, villages with Chinese and Tibetan names, people and posts, collective income, ratings and warnings. The same seed always gives the same data.</source>
        <translation>བཟོས་མའི་རྫོང་ཞིག་འབྲི་བ། ཤང་གྲོང་རྡལ། རྒྱ་བོད་ཡིག་གཉིས་ཀྱི་མིང་ཡོད་པའི་གྲོང་ཚོ། མི་དང་ལས་གནས། མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ། རིམ་པ་གཏན་འབེབས་དང་ཉེན་བརྡ་བཅས། ས་བོན་གཅིག་མཚུངས་ཡིན་ན་གཞི་གྲངས་རྟག་ཏུ་གཅིག་མཚུངས་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Townships (0: one per 25 villages)</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་གྲངས། (0 ནི་གྲོང་ཚོ་25རེར་གཅིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>ས་བོན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already holds data: add the demo data anyway</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་གཞི་གྲངས་ཡོད་ཟིན། འོན་ཀྱང་དཔེ་སྟོན་གཞི་གྲངས་ཁ་སྣོན་བྱེད།</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../desktop/ui/encrypt_dialog.py" line="+114"/>
        <source>Cancelled. The database was not changed.</source>
        <translation>འདོར་ཟིན། གཞི་གྲངས་མཛོད་ལ་བཟོ་བཅོས་གང་ཡང་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encrypt the database</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database {name}</source>
        <translation>གཞི་གྲངས་མཛོད་ {name} གསང་སྦས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards the database, its backups and its evidence files can be read only with a password or the recovery key: a lost laptop or USB stick shows nothing. A backup is made first. Then a recovery key is shown once: print it or save it.</source>
        <translation>གསང་སྦས་བྱས་རྗེས། གཞི་གྲངས་མཛོད་དང་དེའི་གྲབས་ཉར། ར་སྤྲོད་ཡིག་ཆ་བཅས་གསང་ཨང་ངམ་སླར་གསོའི་ལྡེ་མིག་ཡོད་ན་མ་གཏོགས་ཀློག་མི་ཐུབ། ལག་ཐོགས་གློག་ཀླད་དམ་U སྡེར་བོར་ཡང་ནང་དོན་གང་ཡང་མཐོང་མི་ཐུབ། སྔོན་ལ་གྲབས་ཉར་ཞིག་བྱེད། དེ་རྗེས་སླར་གསོའི་ལྡེ་མིག་ཐེངས་གཅིག་ཁོ་ན་སྟོན་རྒྱུ་ཡིན་པས་པར་དུ་བརྒྱབ་པའམ་ཉར་ཚགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other accounts ({logins}) cannot sign in afterwards until you reset their passwords: their passwords are not known here.</source>
        <translation>གསང་སྦས་བྱས་རྗེས། ཁྱེད་ཀྱིས་ཐོ་ཁོངས་གཞན་དག་ ({logins}) གི་གསང་ཨང་བསྐྱར་སྒྲིག་མ་བྱས་བར་དུ་དེ་དག་གིས་ནང་འཛུལ་བྱེད་མི་ཐུབ། འདིར་དེ་དག་གི་གསང་ཨང་ཤེས་རྒྱུ་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password</source>
        <translation>ཁྱེད་ཀྱི་གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt</source>
        <translation>གསང་སྦས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../desktop/cli/encryption_commands.py" line="+38"/>
        <source>The database is encrypted. Its recovery key (shown only this once):</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱས་ཟིན། དེའི་སླར་གསོའི་ལྡེ་མིག་ནི་འོག་གསལ་ལྟར་ཡིན། (ཐེངས་འདིར་མ་གཏོགས་མི་སྟོན།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write it down or print it and keep it away from this computer: it opens the database if every password is lost.</source>
        <translation>དེ་ཤོག་བུར་བྲིས་པའམ་པར་བརྒྱབ་ནས་གློག་ཀླད་འདི་དང་ཁ་གྲལ་དུ་ཉར་རོགས། གསང་ཨང་ཚང་མ་བོར་ན་དེས་གཞི་གྲངས་མཛོད་ཁ་འབྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery sheet to print: {path}</source>
        <translation>པར་འདེབས་རྒྱུའི་སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་། {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup made first: {path}</source>
        <translation>སྔོན་ལ་བྱས་པའི་གྲབས་ཉར། {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>These users cannot open the database until an administrator resets their password: {logins}</source>
        <translation>གཤམ་གྱི་སྤྱོད་མཁན་རྣམས་ཀྱིས་མ་ལག་དོ་དམ་པས་ཁོང་ཚོའི་གསང་ཨང་བསྐྱར་སྒྲིག་མ་བྱས་བར་དུ་གཞི་གྲངས་མཛོད་ཁ་འབྱེད་མི་ཐུབ། {logins}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A database without user accounts cannot be encrypted: there is no password to protect its key. Add an administrator first: villagedesk users add LOGIN --role admin</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་མེད་པའི་གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་མི་ཐུབ། དེའི་ལྡེ་མིག་སྲུང་རྒྱུའི་གསང་ཨང་མེད། སྔོན་ལ་མ་ལག་དོ་དམ་པ་ཞིག་ཁ་སྣོན་གནང་རོགས། villagedesk users add LOGIN --role admin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recovery key given: use --recovery-key, or run this in a terminal to type it.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་སྤྲད་མེད། --recovery-key བེད་སྤྱོད་པའམ། ཡང་ན་བཀའ་བརྡའི་སྒེའུ་ཁུང་ནང་བཀའ་བརྡ་འདི་འཁོར་སྐྱོད་བྱས་ནས་སླར་གསོའི་ལྡེ་མིག་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key (48 digits): </source>
        <translation>སླར་གསོའི་ལྡེ་མིག (ཨང་ཀི་48)། </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the administrator who gets the new password: --user LOGIN.</source>
        <translation>གསང་ཨང་གསར་པ་ཐོབ་མཁན་གྱི་མ་ལག་དོ་དམ་པའི་མིང་སྟོན་རོགས། --user LOGIN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password set for {login}: sign in with it from now on.</source>
        <translation>{login} ལ་གསང་ཨང་གསར་པ་སྒྲིག་ཟིན། ད་ནས་བཟུང་གསང་ཨང་གསར་པས་ནང་འཛུལ་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/core/recovery_key.py" line="+131"/>
        <source>{numbers}, {number}</source>
        <translation>{numbers} དང་ {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key: the 48 digits printed on the recovery sheet.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་འཇུག་རོགས། དེ་ནི་སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་སྟེང་དུ་པར་བརྒྱབ་པའི་ཨང་ཀི་48 ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery key holds only digits; “{char}” is not one.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་ནང་ཨང་ཀི་ཁོ་ན་ཡོད། “{char}” ནི་ཨང་ཀི་མིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each group of the recovery key has 6 digits; check group {numbers}.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གི་ཚོ་རེ་རེར་ཨང་ཀི་6 ཡོད། ཚོ་ཨང་ {numbers} ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recovery key has 48 digits (8 groups of 6); this one has {count}.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་ལ་ཨང་ཀི་48 ཡོད། (ཨང་ཀི་དྲུག་རེའི་ཚོ་བརྒྱད།) འདིར་བཅུག་པ་ལ་ཨང་ཀི་ {count} ཡོད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group {number} of the recovery key is mistyped: check its 6 digits against the sheet.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གི་ཚོ་ཨང་ {number} ནོར་ནས་བཅུག་འདུག ཤོག་བྱང་དང་བསྡུར་ནས་དེའི་ཨང་ཀི་6 ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups {numbers} of the recovery key are mistyped: check them against the sheet.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གི་ཚོ་ཨང་ {numbers} ནོར་ནས་བཅུག་འདུག ཤོག་བྱང་དང་བསྡུར་ནས་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/encryption.py" line="+132"/>
        <source>{path} is not encrypted: open it with a password, not the recovery key.</source>
        <translation>{path} གསང་སྦས་བྱས་མེད། དེ་སླར་གསོའི་ལྡེ་མིག་མ་ཡིན་པར་གསང་ཨང་གིས་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Neither the key file {ring} nor a recovery.keys copy in the backup folder is there: the recovery key alone cannot open {path}.</source>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ {ring} མི་འདུག་ལ། གྲབས་ཉར་ཡིག་སྣོད་ནང་ recovery.keys ཡི་འདྲ་བཤུས་ཀྱང་མི་འདུག སླར་གསོའི་ལྡེ་མིག་ཁོ་ནས་ {path} ཁ་འབྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recovery key does not open {name}: it belongs to another database. Check the name on the recovery sheet.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་འདིས་ {name} ཁ་འབྱེད་མི་ཐུབ། དེ་ནི་གཞི་གྲངས་མཛོད་གཞན་ཞིག་གི་ཡིན། སླར་གསོའི་ལྡེ་མིག་ཤོག་བྱང་སྟེང་གི་གཞི་གྲངས་མཛོད་ཀྱི་མིང་ཞིབ་བཤེར་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A database on a server is protected by its server; VillageDesk encrypts database files only.</source>
        <translation>ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད་ནི་ཞབས་ཞུའི་འཕྲུལ་ཆས་དེས་སྲུང་སྐྱོབ་བྱེད། VillageDesk ཡིས་གཞི་གྲངས་མཛོད་ཡིག་ཆ་ཁོ་ན་གསང་སྦས་བྱེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is encrypted already.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་སྔར་ནས་གསང་སྦས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is damaged: restore it from a backup before encrypting it.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་སྐྱོན་ཤོར་ཟིན། གསང་སྦས་མ་བྱས་གོང་གྲབས་ཉར་ནས་སླར་གསོ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database without user accounts cannot be encrypted: there is no password to protect its key. Add an administrator first.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་མེད་པའི་གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་མི་ཐུབ། དེའི་ལྡེ་མིག་སྲུང་རྒྱུའི་གསང་ཨང་མེད། སྔོན་ལ་མ་ལག་དོ་དམ་པ་ཞིག་ཁ་སྣོན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making a backup first…</source>
        <translation>སྔོན་ལ་གྲབས་ཉར་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/encrypt_dialog.py" line="-115"/>
        <source>Encrypting the database…</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the encrypted copy…</source>
        <translation>གསང་སྦས་བྱས་པའི་འདྲ་བཤུས་ཞིབ་བཤེར་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encrypted copy did not check out, so the database was left as it was (not encrypted).</source>
        <translation>གསང་སྦས་བྱས་པའི་འདྲ་བཤུས་ཞིབ་བཤེར་ལས་མ་འདས་པས་གཞི་གྲངས་མཛོད་སྔར་བཞིན་ལུས་ཡོད། (གསང་སྦས་བྱས་མེད།)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not be encrypted: the disk is full or cannot be written ({reason}). It was left as it was (not encrypted).</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་མ་ཐུབ། སྡུད་སྡེར་གང་ཟིན་པའམ་འབྲི་མི་ཐུབ། ({reason})། གཞི་གྲངས་མཛོད་སྔར་བཞིན་(གསང་སྦས་མ་བྱས་པར་)ལུས་ཡོད།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypting the backups and attachments…</source>
        <translation>གྲབས་ཉར་དང་ཟུར་སྦྲེལ་གསང་སྦས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} could not be encrypted: {reason}</source>
        <translation>{name} གསང་སྦས་བྱེད་མ་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/key_ring.py" line="+140"/>
        <source>The key file {path} is missing: without it the database opens only with the recovery key.</source>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ {path} མི་འདུག དེ་མེད་ན་གཞི་གྲངས་མཛོད་སླར་གསོའི་ལྡེ་མིག་ཁོ་ནས་ཁ་འབྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {path} cannot be read ({reason}): open the database with the recovery key.</source>
        <translation>ལྡེ་མིག་ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ། ({reason}) སླར་གསོའི་ལྡེ་མིག་གིས་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>{path} is not a VillageDesk key file (or a newer one).</source>
        <translation>{path} ནི་ VillageDesk ཡི་ལྡེ་མིག་ཡིག་ཆ་མིན། (ཡང་ན་པར་གཞི་གསར་བའི་ལྡེ་མིག་ཡིག་ཆ་ཡིན།)</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="+118"/>
        <source>Choose the enrolment file</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment files (*.vdenrol)</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ། (*.vdenrol)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>ཡིག་ཆ་ཡོངས། (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No file chosen yet.</source>
        <translation>ད་དུང་ཡིག་ཆ་འདེམས་མེད།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is enrolled here already (since {date}). Enrolling it again changes nothing, unless its keys are new (a re-installed computer): then they replace the old ones.</source>
        <translation>{name} འདིར་ཐོ་འགོད་བྱས་ཟིན། ({date} ནས་བཟུང་།) ཡང་བསྐྱར་ཐོ་འགོད་བྱས་ཀྱང་འགྱུར་བ་གང་ཡང་མི་འབྱུང་། འོན་ཀྱང་དེའི་གསང་ལྡེ་གསར་པ་ཡིན་ན། (གློག་ཀླད་བསྐྱར་དུ་སྒྲིག་འཇུག་བྱས་པ་ལྟ་བུ།) གསང་ལྡེ་གསར་པས་རྙིང་པའི་ཚབ་བྱེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key was revoked on {date}.</source>
        <translation>དེའི་གསང་ལྡེ་ {date} ལ་ཆ་མེད་བཏང་ཟིན།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{typed} of {total} digits</source>
        <translation>ཨང་ཀི་{total} ལས་{typed} བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolled: {name} ({role}, {unit}). Bundles can now be exchanged with it.</source>
        <translation>ཐོ་འགོད་བྱས་ཟིན། {name} ({role} {unit})། ད་ནས་དེ་དང་གཞི་གྲངས་ཐུམ་སྒྲིལ་བརྗེ་རེས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol an installation</source>
        <translation>མཐའ་སྣེ་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. The enrolment file from the other installation</source>
        <translation>1. མཐའ་སྣེ་གཞན་དེའི་ཐོ་འགོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>ཡིག་ཆ་འདེམས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up as</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made on</source>
        <translation>བཟོས་དུས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. The fingerprint from its printed slip</source>
        <translation>2. དེའི་ཐོ་འགོད་ཤོག་བྱང་སྟེང་དུ་པར་བརྒྱབ་པའི་མཛུབ་རིས་ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 40 digits printed on the slip (or read out on the telephone by the other side). Spaces do not matter. The file is trusted only if every digit matches.</source>
        <translation>ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་ཨང་ཀི་40 (ཡང་ན་ཕྱོགས་གཞན་གྱིས་ཁ་པར་ནང་ཀློག་པ།) འབྲི་རོགས། བར་སྟོང་ཡོད་མེད་ལ་ཁྱད་པར་མེད། ཨང་ཀི་རེ་རེ་བཞིན་མཐུན་ན་མ་གཏོགས་ཡིག་ཆ་དེར་ཡིད་ཆེས་མི་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol</source>
        <translation>ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/core/errors.py" line="+22"/>
        <source>{first} (and {more} more problems)</source>
        <translation>{first} (གནད་དོན་གཞན་{more}ཡོད།)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no village with the code or id {key}.</source>
        <translation>ཨང་རྟགས་སམ་id {key} ཡིན་པའི་གྲོང་ཚོ་མེད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record was changed by someone else after you opened it. Close it, open it again and redo your change.</source>
        <translation>ཁྱེད་ཀྱིས་ཟིན་ཐོ་འདི་ཁ་ཕྱེ་རྗེས་མི་གཞན་ཞིག་གིས་བཟོ་བཅོས་བྱས་འདུག ཁ་རྒྱག་སྟེ་བསྐྱར་དུ་ཁ་ཕྱེ་ནས་ཁྱེད་ཀྱི་བཟོ་བཅོས་ཡང་བསྐྱར་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record has been deleted in the meantime.</source>
        <translation>ཟིན་ཐོ་འདི་བར་སྐབས་སུ་བསུབས་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/changes.py" line="-42"/>
        <source>There is no such change to undo.</source>
        <translation>ཕྱིར་འཐེན་རྒྱུའི་བཟོ་བཅོས་དེ་མེད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An imported bundle cannot be undone: it holds the other side&apos;s work. Change the records themselves instead.</source>
        <translation>ནང་འདྲེན་བྱས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཕྱིར་ལྡོག་བྱེད་མི་ཐུབ། དེའི་ནང་ཕྱོགས་གཞན་གྱི་ལས་ཀ་ཡོད། ཟིན་ཐོ་དེ་དག་ཐད་ཀར་བཟོ་བཅོས་གྱིས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspections have been made with this checklist template since; it cannot be undone.</source>
        <translation>དེ་རྗེས་ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་འདི་ཞིབ་བཤེར་ལ་བེད་སྤྱད་ཟིན་པས་ཕྱིར་འཐེན་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/backups.py" line="-253"/>
        <location filename="../desktop/storage/cipher.py" line="+172"/>
        <location filename="../desktop/storage/database.py" line="+131"/>
        <source>There is no database at {path}.</source>
        <translation>{path} ནང་གཞི་གྲངས་མཛོད་མེད།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/database.py" line="-62"/>
        <source>{path} is not a VillageDesk database (or it is damaged).</source>
        <translation>{path} ནི་VillageDesk ཡི་གཞི་གྲངས་མཛོད་མིན། (ཡང་ན་སྐྱོན་ཤོར་འདུག)</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The database is damaged and open read-only: nothing can be saved. Restore it from a backup (Backups in the data safety menu, or villagedesk backup restore --newest).</source>
        <translation>གཞི་གྲངས་མཛོད་སྐྱོན་ཤོར་ཟིན་པས་ཀློག་པ་ཙམ་དུ་ཁ་ཕྱེ་ཡོད། ཅི་ཡང་ཉར་ཚགས་བྱེད་མི་ཐུབ། གྲབས་ཉར་ནས་སླར་གསོ་བྱོས། (“གཞི་གྲངས་བདེ་འཇགས”ཚལ་ཐོའི་ནང་གི་“གྲབས་ཉར”། ཡང་ན་ villagedesk backup restore --newest)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only a database file can be copied.</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆ་ཁོ་ན་འདྲ་བཤུས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} is not encrypted: it opens without a key.</source>
        <translation>{path} གསང་སྦས་བྱས་མེད། ལྡེ་མིག་མེད་པར་ཁ་འབྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This database was made by VillageDesk {needed}, and this is VillageDesk {version}, an older one. Install VillageDesk {needed} or newer to open it; nothing was changed.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་ VillageDesk {needed} ཡིས་བཟོས་པ་ཡིན། ད་ལྟའི་ VillageDesk {version} ནི་པར་གཞི་རྙིང་བ་ཡིན། ཁ་འབྱེད་པར་ VillageDesk {needed} འམ་དེ་ལས་གསར་བ་སྒྲིག་འཇུག་གནང་རོགས། ཅི་ཡང་བཟོ་བཅོས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database server {server} refused the user name or password. Put the password in PGPASSWORD or ~/.pgpass (or ask the server&apos;s administrator).</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་ཞབས་ཞུའི་འཕྲུལ་ཆས་ {server} ཡིས་སྤྱོད་མཁན་གྱི་མིང་ངམ་གསང་གྲངས་ངོས་ལེན་མ་བྱས། གསང་གྲངས་དེ་ PGPASSWORD འམ་ ~/.pgpass ནང་འཇོག་རོགས། (ཡང་ན་འཕྲུལ་ཆས་དོ་དམ་པར་འདྲི་རོགས།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the server {server}. Its administrator makes it (createdb {database}); VillageDesk then sets it up.</source>
        <translation>ཞབས་ཞུའི་འཕྲུལ་ཆས་ {server} སྟེང་གཞི་གྲངས་མཛོད་ {database} མེད། དེའི་དོ་དམ་པས་གསར་བཟོ་བྱེད་དགོས། (createdb {database}) དེ་རྗེས་ VillageDesk ཡིས་སྒྲིག་འགོད་བྱེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server {server} cannot be reached. Check the network and that the server is running; nothing was changed.</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་ཞབས་ཞུའི་འཕྲུལ་ཆས་ {server} ལ་འབྲེལ་བ་བྱེད་མ་ཐུབ། དྲ་རྒྱ་དང་འཕྲུལ་ཆས་འཁོར་སྐྱོད་བྱེད་མིན་ལ་ཞིབ་བཤེར་གྱིས། ཅི་ཡང་བསྒྱུར་བཅོས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} cannot be opened: the folder is missing or not readable.</source>
        <translation>{path} ཁ་འབྱེད་མི་ཐུབ། ཡིག་སྣོད་མེད་པའམ་ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written. Nothing was saved.</source>
        <translation>སྡུད་སྡེར་གང་ཟིན་པའམ་འབྲི་མི་ཐུབ། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be written (it is read-only). Nothing was saved.</source>
        <translation>གཞི་གྲངས་མཛོད་ལ་འབྲི་མི་ཐུབ། (ཀློག་ཙམ་ཡིན།) ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy in another program. Try again. Nothing was saved.</source>
        <translation>གཞི་གྲངས་མཛོད་མཉེན་ཆས་གཞན་ཞིག་གིས་བེད་སྤྱོད་བཞིན་འདུག ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That would make two villages with the same code. Nothing was saved.</source>
        <translation>དེ་ལྟར་བྱས་ན་ཨང་རྟགས་གཅིག་མཚུངས་ཀྱི་གྲོང་ཚོ་གཉིས་ཡོང་། ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused the change ({detail}). Nothing was saved.</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱིས་བཟོ་བཅོས་དེ་ངོས་ལེན་མ་བྱས། ({detail}) ཅི་ཡང་ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/migrate.py" line="+33"/>
        <source>This file holds a database of another program, not VillageDesk.</source>
        <translation>ཡིག་ཆ་འདི་ནི་མཉེན་ཆས་གཞན་ཞིག་གི་གཞི་གྲངས་མཛོད་ཡིན། VillageDesk ཡི་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was made by a newer version of VillageDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་VillageDesk ཡི་པར་གཞི་གསར་བ་ཞིག་གིས་བཟོས་པ་ཡིན། ཁ་འབྱེད་པར་པར་གཞི་གསར་བ་སྒྲིག་འཇུག་གནང་རོགས། ཅི་ཡང་བཟོ་བཅོས་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/warnings.py" line="+191"/>
        <source>Ratings are decided by the county: this township exchanges with its county, which sends the ratings in its bundles.</source>
        <translation>རིམ་པ་གཏན་འབེབས་རྫོང་གིས་ཐག་གཅོད་བྱེད། ཤང་འདིས་རང་གི་རྫོང་དང་གཞི་གྲངས་བརྗེ་རེས་བྱེད་པས། རྫོང་གིས་གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་རིམ་པ་གཏན་འབེབས་གཏོང་གི་ཡོད།</translation>
    </message>
    <message>
        <location filename="../desktop/services/encryption.py" line="-171"/>
        <source>{path} is damaged: its key is right but its first page cannot be read.</source>
        <translation>{path} སྐྱོན་ཤོར་ཟིན། ལྡེ་མིག་ནོར་མེད་ཀྱང་དེའི་ཤོག་ངོས་དང་པོ་ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/cipher.py" line="-133"/>
        <source>The key does not open this database ({path}).</source>
        <translation>ལྡེ་མིག་དེས་གཞི་གྲངས་མཛོད་འདི་ ({path}) ཁ་འབྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is encrypted: it opens only after signing in, or with the recovery key.</source>
        <translation>{path} གསང་སྦས་བྱས་ཟིན། ནང་འཛུལ་བྱས་རྗེས་སམ་སླར་གསོའི་ལྡེ་མིག་གིས་ཁོ་ན་ཁ་འབྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{path} is encrypted already.</source>
        <translation>{path} སྔར་ནས་གསང་སྦས་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../desktop/ui/inspection_evidence.py" line="+34"/>
        <source>Not attached</source>
        <translation>སྦྲེལ་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach {file} to {code}</source>
        <translation>{code} ལ་ {file} སྦྲེལ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not removed</source>
        <translation>སུབ་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>remove {file} from {code}</source>
        <translation>{code} ནས་ {file} སུབ་པ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {file} from the evidence of {code}?</source>
        <translation>{code} ཡི་ར་སྤྲོད་ཡིག་ཆའི་ནང་ནས་ {file} སུབ་བམ།</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../desktop/ui/evidence_panel.py" line="+76"/>
        <source>Attach evidence to {code}</source>
        <translation>{code} ལ་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་བ།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add file…</source>
        <translation>ཡིག་ཆ་ཁ་སྣོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>སུབ་པ།</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../desktop/ui/evidence_viewer.py" line="+91"/>
        <source>Save a copy…</source>
        <translation>འདྲ་བཤུས་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a copy of {file}</source>
        <translation>{file} ཡི་འདྲ་བཤུས་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open</source>
        <translation>ཁ་འབྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} opens in its own program: save a copy first</source>
        <translation>{file} ནི་དེ་དང་འཚམ་པའི་མཉེན་ཆས་ཀྱིས་ཁ་འབྱེད་དགོས། སྔོན་ལ་འདྲ་བཤུས་ཤིག་ཉར་ཚགས་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop/services/xlsx_sheets.py" line="+133"/>
        <source>{name}: an Excel workbook is saved with the ending .xlsx.</source>
        <translation>{name} Excel ལས་དེབ་ཀྱི་ཡིག་ཆའི་མིང་མཇུག་ཏུ་ .xlsx ཡོད་དགོས།</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a value from the list.</source>
        <translation>འདེམས་ཐོའི་ནང་ནས་གྲངས་ཐང་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sheet {sheet} would pass Excel&apos;s limit of {limit} rows.</source>
        <translation>ལས་ཤོག་ {sheet} Excel ཡི་ཕྲེང་{limit} གི་ཚད་བཀག་ལས་བརྒལ་བར་འགྱུར།</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>{name} ཉར་ཚགས་བྱེད་མི་ཐུབ། ཡིག་སྣོད་ {folder} མི་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {name}: {path} is a folder.</source>
        <translation>{name} ཉར་ཚགས་བྱེད་མི་ཐུབ། {path} ནི་ཡིག་སྣོད་ཅིག་ཡིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {name}: no permission to write in {folder}, or the file is open in Excel or WPS. Close it or choose another folder.</source>
        <translation>{name} ཉར་ཚགས་བྱེད་མི་ཐུབ། ཡིག་སྣོད་ {folder} ནང་འབྲི་བའི་དབང་ཚད་མེད་པའམ། ཡང་ན་ཡིག་ཆ་དེ་ Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ཡོད། ཡིག་ཆ་དེ་ཁ་རྒྱག་པའམ་ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {name}: the disk is full.</source>
        <translation>{name} ཉར་ཚགས་བྱེད་མི་ཐུབ། སྡུད་སྡེར་གང་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save {name} in {folder}: {reason}</source>
        <translation>{name} ཡིག་སྣོད་ {folder} ནང་ཉར་ཚགས་བྱེད་མི་ཐུབ། {reason}</translation>
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <location filename="../desktop/ui/excel_menu.py" line="+60"/>
        <source>Import roster…</source>
        <translation>མིང་ཐོ་ནང་འདྲེན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save roster template…</source>
        <translation>མིང་ཐོའི་དཔེ་གཞི་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages…</source>
        <translation>གྲོང་ཚོའི་ཐོ།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem ledger…</source>
        <translation>གནད་དོན་ཐོ་དེབ།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans…</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections…</source>
        <translation>ཞིབ་བཤེར།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings…</source>
        <translation>ཉེན་བརྡ།…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save roster template</source>
        <translation>མིང་ཐོའི་དཔེ་གཞི་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster template.xlsx</source>
        <translation>མིང་ཐོའི་དཔེ་གཞི.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roster template saved to {path}</source>
        <translation>མིང་ཐོའི་དཔེ་གཞི་ {path} ལ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Roster imported. Undo takes the whole import back (Ctrl+Z).</source>
        <translation>མིང་ཐོ་ནང་འདྲེན་བྱས་ཟིན། ཕྱིར་འཐེན་བྱས་ན་ནང་འདྲེན་འདི་ཧྲིལ་པོར་ཕྱིར་འཐེན་ཐུབ། (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/excel_export.py" line="+50"/>
        <source>Exports are written in Chinese (zh_CN) or Tibetan (bo_CN), not {language}.</source>
        <translation>ཕྱིར་འདྲེན་ནི་རྒྱ་ཡིག (zh_CN) དང་བོད་ཡིག (bo_CN) གང་རུང་དུ་འབྲི་དགོས། {language} མི་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the database</source>
        <translation>གཞི་གྲངས་མཛོད་ཀློག་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing rows</source>
        <translation>ཕྲེང་འབྲི་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook</source>
        <translation>ལས་དེབ་ཉར་ཚགས་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_job.py" line="+93"/>
        <source>Yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Division code</source>
        <translation>ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_sheets.py" line="+26"/>
        <location line="+51"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Category</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect</source>
        <translation>ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of weakness</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source detail</source>
        <translation>ཞིབ་ཕྲའི་འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Indicator</source>
        <translation>ཚད་གཞི།</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Date found</source>
        <translation>རྙེད་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline colour</source>
        <translation>དུས་བཀག་གི་ཁ་དོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>རྣམ་པ་འགྱུར་བའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times reopened</source>
        <translation>ཡང་བསྐྱར་བྱུང་བའི་ཐེངས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <location line="+28"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan year</source>
        <translation>འཆར་གཞིའི་ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>སྐོར་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status</source>
        <translation>འཆར་གཞིའི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>འབུལ་སྤྲོད་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>རྫོང་རིམ་ཞིབ་བཤེར་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village plans</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checklist</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Checklist code</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <location line="+35"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Kind of period</source>
        <translation>དུས་ཡུན་གྱི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection status</source>
        <translation>ཞིབ་བཤེར་གྱི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+68"/>
        <source>Colour</source>
        <translation>ཁ་དོག</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Veto item failed</source>
        <translation>ཁེགས་པའི་རྣམ་གྲངས་ཚད་ལ་མ་སླེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items answered</source>
        <translation>ལན་བཏབ་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in all</source>
        <translation>རྣམ་གྲངས་ཁྱོན་བསྡོམས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items failed</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>འགོ་འཛུགས་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised</source>
        <translation>གཏན་འཁེལ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>ཞིབ་བཤེར་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised by</source>
        <translation>གཏན་འཁེལ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a correction</source>
        <translation>ནོར་བཅོས་ཀྱིས་ཚབ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Indicator code</source>
        <translation>ཚད་གཞིའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>ལན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>འབྲེལ་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the points</source>
        <translation>ཐོབ་སྐར་བསྡུར་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>ཚད་ལ་སླེབས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the ledger</source>
        <translation>ཐོ་དེབ་ཏུ་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>ཞིབ་བཤེར་གྱི་ལན།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quota class</source>
        <translation>བསྡུར་ཚད་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A veto item failed: red whatever the score.</source>
        <translation>ཁེགས་པའི་རྣམ་གྲངས་ཤིག་ཚད་ལ་མ་སླེབས། ཐོབ་སྐར་ཇི་ཙམ་ཡིན་རུང་དམར་པོ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By quota: {quota} of the villages ranked by score.</source>
        <translation>བསྡུར་ཚད་ལྟར་གཏན་འབེབས། གྲོང་ཚོ་རྣམས་ཐོབ་སྐར་ལྟར་གོ་རིམ་བསྒྲིགས་པའི་གྲུབ་འབྲས། {quota}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score {score:.1f}, below {red:g}.</source>
        <translation>ཐོབ་སྐར་{score:.1f} ཡིན་ཏེ་{red:g} ལས་དམའ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score {score:.1f}, {green:g} or more.</source>
        <translation>ཐོབ་སྐར་{score:.1f} ཡིན་ཏེ་{green:g} ལས་མི་དམའ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score {score:.1f}, from {red:g} to below {green:g}.</source>
        <translation>ཐོབ་སྐར་{score:.1f} ཡིན་ཏེ་{red:g} ལས་མི་དམའ་ལ་{green:g} ལས་དམའ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_villages.py" line="+57"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོའི་མིང་ཐོ།</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="+92"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོའི་མིང་ཐོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} {date}.xlsx</source>
        <translation>{what} {date}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {what} to Excel</source>
        <translation>{what} Excel ལ་ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>བཤར་ལྟ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages in the headers (Chinese and Tibetan)</source>
        <translation>གདོང་ཕྲེང་སྐད་ཡིག་གཉིས་ཀར་འབྲི། (རྒྱ་ཡིག་དང་བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the sheet</source>
        <translation>ལས་ཤོག་གི་སྐད་ཡིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>ཕྱིར་འདྲེན།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} ཡོད་ཟིན། དེའི་ཚབ་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting {what}…</source>
        <translation>{what} ཕྱིར་འདྲེན་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>འདོར་ཟིན། ཅི་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} rows exported to {path}</source>
        <translation>ཕྲེང་{count} {path} ལ་ཕྱིར་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>ཡིག་སྣོད་ཁ་འབྱེད།</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../desktop/ui/dashboard_tiles.py" line="+84"/>
        <source>Click to list them.</source>
        <translation>མནན་ན་ཞིབ་ཕྲའི་ཐོ་སྟོན།</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../desktop/ui/first_admin_dialog.py" line="+114"/>
        <source>The two passwords are not the same.</source>
        <translation>ཐེངས་གཉིས་ལ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Encrypting the database…</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting was cancelled: the database is not encrypted.</source>
        <translation>གསང་སྦས་བྱ་རྒྱུ་འདོར་ཟིན། གཞི་གྲངས་མཛོད་ལ་གསང་སྦས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First start — VillageDesk</source>
        <translation>ཐེངས་དང་པོའི་འགོ་སློང་། — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator</source>
        <translation>མ་ལག་དོ་དམ་པ་གསར་འཛུགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no user accounts yet. Create the administrator&apos;s account first: the administrator adds everyone else and gives each their roles. From now on the program asks for a login and password when it starts. The database is then encrypted with this password, and its recovery key is shown once to print.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་ད་དུང་སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་མེད། སྔོན་ལ་མ་ལག་དོ་དམ་པའི་ཐོ་ཁོངས་གསར་འཛུགས་བྱེད་རོགས། མ་ལག་དོ་དམ་པས་མི་གཞན་ཚང་མ་ཁ་སྣོན་བྱས་ནས་སོ་སོར་འགན་གནས་སྤྲོད། ད་ནས་བཟུང་མཉེན་ཆས་འགོ་སློང་སྐབས་ནང་འཛུལ་མིང་དང་གསང་ཨང་འདྲི་ངེས། དེ་རྗེས་གསང་ཨང་འདིས་གཞི་གྲངས་མཛོད་ལ་གསང་སྦས་བྱེད་ཅིང་། དེའི་སླར་གསོའི་ལྡེ་མིག་པར་འདེབས་ཆེད་ཐེངས་གཅིག་ཁོ་ན་སྟོན་རྒྱུ་ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>མིང་ཆ་ཚང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>གསང་ཨང་ཡང་བསྐྱར།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 8 characters, not the login, not one character repeated. Keep it written somewhere safe: without an administrator no one can add users or reset a password.</source>
        <translation>ཡིག་འབྲུ་ 8 ལས་མི་ཉུང་བ། ནང་འཛུལ་མིང་དང་མི་འདྲ་བ། ཡིག་འབྲུ་གཅིག་བསྐྱར་ཟློས་བྱས་པ་མིན་པ་དགོས། དེ་བྲིས་ནས་བདེ་འཇགས་ཀྱི་ས་ཞིག་ཏུ་ཉར་རོགས། མ་ལག་དོ་དམ་པ་མེད་ན་སུས་ཀྱང་སྤྱོད་མཁན་སྣོན་པའམ་གསང་ཨང་བསྐྱར་སྒྲིག་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and sign in</source>
        <translation>གསར་འཛུགས་བྱས་ནས་ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>FromInspectionDialog</name>
    <message>
        <location filename="../desktop/ui/from_inspection_dialog.py" line="+115"/>
        <source>Note: {note}</source>
        <translation>མཆན་འགྲེལ། {note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already on the problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ་ཏུ་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This village has no finalised inspection.</source>
        <translation>གྲོང་ཚོ་འདིར་གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item of this inspection failed.</source>
        <translation>ཞིབ་བཤེར་འདིའི་ནང་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every failed item of this inspection is on the ledger already.</source>
        <translation>ཞིབ་བཤེར་འདིའི་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་ཚང་མ་ཐོ་དེབ་ཏུ་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>put {count} failed items on the problem ledger</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་ {count} གནད་དོན་ཐོ་དེབ་ཏུ་འགོད་པ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed items onto the problem ledger</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་གནད་དོན་ཐོ་དེབ་ཏུ་འགོད་པ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period}: score {score}, {failed} failed</source>
        <translation>{period} ཐོབ་སྐར་ {score}། ཚད་ལ་མ་སླེབས་པ་ {failed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items to put on the ledger (one problem each):</source>
        <translation>ཐོ་དེབ་ཏུ་འགོད་རྒྱུའི་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས། (རྣམ་གྲངས་རེར་གནད་དོན་རེ།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-12-31 (can be set later)</source>
        <translation>དཔེར་ན། 2026-12-31 (རྗེས་སུ་འབྲི་ཆོག)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="+199"/>
        <source>No changes are recorded for this record.</source>
        <translation>ཟིན་ཐོ་འདིར་འགྱུར་བ་གང་ཡང་ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History: {name}</source>
        <translation>བཟོ་བཅོས་ཟིན་ཐོ། {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to {name} as the audit trail records it, newest first. Changes undone later are struck through.</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་ཐོ་འགོད་བྱས་པའི་ {name} ཡི་འགྱུར་བ་ཚང་མ་སྟེ། གསར་ཤོས་སྔོན་ལ་ཡོད། རྗེས་སུ་ཕྱིར་ལྡོག་བྱས་པའི་འགྱུར་བ་རྣམས་ལ་བསུབ་ཐིག་བཏང་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include its moves and evidence</source>
        <translation>དེའི་གནས་སྟངས་འགྱུར་ལྡོག་དང་ར་སྤྲོད་ཡིག་ཆ་ཚུད་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include its collective income, posts and people</source>
        <translation>དེའི་མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ་དང་ལས་གནས། མི་བཅས་ཚུད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../desktop/ui/history_model.py" line="+70"/>
        <source>(undone later)</source>
        <translation>(ཕྱིས་སུ་ཕྱིར་འཐེན་བྱས།)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created</source>
        <translation>གསར་བཟོ་བྱས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>བསུབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrative unit</source>
        <translation>སྲིད་འཛིན་ས་ཁོངས་ཀྱི་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective income</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>མི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection answer</source>
        <translation>ཞིབ་བཤེར་གྱི་ལན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection evidence</source>
        <translation>ཞིབ་བཤེར་གྱི་ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning policy</source>
        <translation>ཉེན་བརྡའི་སྒྲིག་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem move</source>
        <translation>གནད་དོན་གྱི་རྣམ་པ་སྤོ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem evidence</source>
        <translation>གནད་དོན་གྱི་ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item</source>
        <translation>འཆར་གཞིའི་དོན་ཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step</source>
        <translation>འཆར་གཞིའི་གོ་རིམ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activity</source>
        <translation>རོགས་སྐྱོར་གྱི་བྱ་འགུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance review</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User account</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>དུས་ཚོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>བྱས་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>འགྱུར་བའི་ནང་དོན།</translation>
    </message>
</context>
<context>
    <name>HistoryTables</name>
    <message>
        <location filename="../desktop/ui/history_tables.py" line="+52"/>
        <source>Rating history</source>
        <translation>རིམ་པ་གཏན་འབེབས་ཀྱི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning history</source>
        <translation>ཉེན་བརྡའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Colour</source>
        <translation>ཁ་དོག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
</context>
<context>
    <name>HistoryValues</name>
    <message>
        <location filename="../desktop/ui/history_values.py" line="+97"/>
        <source>(blank)</source>
        <translation>(སྟོང་པ།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>མེད།</translation>
    </message>
</context>
<context>
    <name>HourlyBackup</name>
    <message>
        <location filename="../desktop/ui/hourly_backup.py" line="+117"/>
        <source>Backup made: {file}</source>
        <translation>གྲབས་ཉར་བྱས་ཟིན། {file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backup failed</source>
        <translation>རང་འགུལ་གྲབས་ཉར་བྱེད་མ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../desktop/ui/identity_dialog.py" line="+145"/>
        <source>This installation</source>
        <translation>མཐའ་སྣེ་འདི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up as</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>མཛུབ་རིས་ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other installation types these 40 digits from the printed slip before it trusts the enrolment file. Give the slip in hand or read the digits out on the telephone; never put it on the same stick as the file.</source>
        <translation>མཐའ་སྣེ་གཞན་དེས་ཐོ་འགོད་ཡིག་ཆ་ལ་ཡིད་ཆེས་བྱེད་པའི་སྔོན་དུ་པར་འདེབས་བྱས་པའི་ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་ཨང་གྲངས་ 40 པོ་འདི་ནང་འཇུག་བྱེད་དགོས། ཤོག་བྱང་ལག་ཏུ་ཐད་ཀར་སྤྲོད་པའམ་ཁ་པར་བརྒྱུད་ནས་ཨང་གྲངས་ཀློག་རོགས། ཤོག་བྱང་དེ་ཡིག་ཆ་དང་མཉམ་དུ་U སྡེར་གཅིག་གི་ནང་ནམ་ཡང་འཇོག་མི་ཉན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save enrolment file…</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print enrolment slip…</source>
        <translation>ཐོ་འགོད་ཤོག་བྱང་པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up…</source>
        <translation>སྒྲིག་འགོད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not set up yet</source>
        <translation>ད་དུང་སྒྲིག་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The county revoked this installation&apos;s key on {date}: its bundles are refused. It must be enrolled again with new keys.</source>
        <translation>རྫོང་གིས་ {date} ལ་མཐའ་སྣེ་འདིའི་གསང་ལྡེ་ཆ་མེད་བཏང་ཟིན། དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་དང་ལེན་མི་བྱེད། གསང་ལྡེ་གསར་པས་ཡང་བསྐྱར་ཐོ་འགོད་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this installation up as a county or a township first: the enrolment file names its unit.</source>
        <translation>སྔོན་ལ་མཐའ་སྣེ་འདི་རྫོང་རིམ་མམ་ཤང་རིམ་པར་སྒྲིག་རོགས། ཐོ་འགོད་ཡིག་ཆའི་ནང་དེའི་ལས་ཁུངས་གསལ་དགོས།</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save enrolment file</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment files (*.vdenrol)</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ། (*.vdenrol)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The enrolment file could not be written to {path}: {reason}. Nothing was written there; choose another folder or free some space.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ {path} ལ་འབྲི་མི་ཐུབ། {reason} དེར་ཅི་ཡང་བྲིས་མེད། ཡིག་སྣོད་གཞན་ཞིག་འདེམས་པའམ་གསོག་སྡེར་གྱི་བར་སྟོང་ཅུང་ཟད་སྟོང་པར་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolment file saved: {path}. Now print the slip and give it to the other side separately.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ {path} ལ་ཉར་ཚགས་བྱས་ཟིན། ད་ཐོ་འགོད་ཤོག་བྱང་པར་འདེབས་བྱས་ནས་ཕྱོགས་གཞན་ལ་ལོགས་སུ་སྤྲོད་རོགས།</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Building the enrolment slip…</source>
        <translation>ཐོ་འགོད་ཤོག་བྱང་བཟོ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. No slip was made.</source>
        <translation>འདོར་ཟིན། ཐོ་འགོད་ཤོག་བྱང་བཟོས་མེད།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolment slip</source>
        <translation>ཐོ་འགོད་ཤོག་བྱང་།</translation>
    </message>
</context>
<context>
    <name>IncomeTable</name>
    <message>
        <location filename="../desktop/ui/income_table.py" line="+123"/>
        <source>Enter the year.</source>
        <translation>ལོ་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount in yuan.</source>
        <translation>སྒོར་གྱི་གྲངས་འབོར་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no income (blank village)</source>
        <translation>ཡོང་འབབ་མེད། (གྲོང་ཚོ་སྟོང་པ།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weak (under 50,000)</source>
        <translation>ཞན་པ། (སྒོར་ཁྲི་5ལས་ཉུང་།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>ལོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income (yuan)</source>
        <translation>ཡོང་འབབ། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>དཔྱད་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a year</source>
        <translation>ལོ་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>སུབ་པ།</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="+265"/>
        <source>{code}: say in the note why it does not apply.</source>
        <translation>{code} འབྲེལ་མེད་ཡིན་པའི་རྒྱུ་མཚན་མཆན་འགྲེལ་དུ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not applicable: say in the note why it does not apply.</source>
        <translation>འབྲེལ་མེད། འབྲེལ་མེད་ཡིན་པའི་རྒྱུ་མཚན་མཆན་འགྲེལ་དུ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence needed ({count})</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་དགོས། ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence ({count})</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ། ({count})</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+69"/>
        <source>Not applicable</source>
        <translation>འབྲེལ་མེད།</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Not answered yet</source>
        <translation>ད་དུང་ལན་བཏབ་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({percent} of the weight)</source>
        <translation>(ལྗིད་ཚད་ཀྱི་ {percent} ཐོབ།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets the standard</source>
        <translation>ཚད་ལ་སླེབས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach evidence before finalising</source>
        <translation>གཏན་འཁེལ་མ་བྱས་གོང་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་དགོས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not meet the standard</source>
        <translation>ཚད་ལ་མ་སླེབས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>veto item failed: the warning is red</source>
        <translation>ཁེགས་པའི་རྣམ་གྲངས་ཚད་ལ་མ་སླེབས། ཉེན་བརྡ་དམར་པོ་ཡིན།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From {start} {unit}: {percent} of the weight</source>
        <translation>{start} {unit} ནས་བཟུང་། ལྗིད་ཚད་ཀྱི་ {percent} ཐོབ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight {weight}</source>
        <translation>ལྗིད་ཚད་ {weight}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto</source>
        <translation>འོས་ཤོག་གཅིག་གིས་ཁེགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing this item makes the warning red whatever the score (one-vote veto).</source>
        <translation>རྣམ་གྲངས་འདི་ཚད་ལ་མ་སླེབས་ན་ཐོབ་སྐར་ཇི་ཙམ་ཡིན་རུང་ཉེན་བརྡ་དམར་པོ་ཡིན། (འོས་ཤོག་གཅིག་གིས་ཁེགས།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to check it</source>
        <translation>ཞིབ་བཤེར་བྱེད་ཐབས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Note (what was found, why it does not apply)</source>
        <translation>མཆན་འགྲེལ། (རྙེད་པའི་གནས་ཚུལ་དང་འབྲེལ་མེད་ཀྱི་རྒྱུ་མཚན།)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A &quot;met&quot; answer needs a file attached.</source>
        <translation>“ཚད་ལ་སླེབས”ཞེས་ལན་འདེབས་ན་ཡིག་ཆ་སྦྲེལ་དགོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files that back the answer (photos, minutes, accounts).</source>
        <translation>ལན་ལ་ར་སྤྲོད་བྱེད་པའི་ཡིག་ཆ། (པར་རིས། ཚོགས་འདུའི་ཟིན་ཐོ། རྩིས་ཐོ།)</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../desktop/ui/inspection_dialog.py" line="+388"/>
        <source>Summary</source>
        <translation>ཕྱོགས་བསྡོམས།</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>Not saved</source>
        <translation>ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Correct these answers first:
{problems}</source>
        <translation>ཐོག་མར་ལན་འདི་དག་ཡོ་བསྲང་གནང་རོགས།
{problems}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>save the inspection of {village}</source>
        <translation>“{village}”ཡི་ཞིབ་བཤེར་ཉར་ཚགས</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This inspection was changed elsewhere after you opened it (in another window, or by an undo). Your answers here are not saved. Note them, close the inspection, open it again and redo them.</source>
        <translation>ཁྱེད་ཀྱིས་ཞིབ་བཤེར་འདི་ཁ་ཕྱེ་རྗེས་ས་གཞན་དུ་བཟོ་བཅོས་བྱས་འདུག (སྒེའུ་ཁུང་གཞན་ཞིག་གམ་ཕྱིར་འཐེན་བརྒྱུད།) འདིའི་ལན་རྣམས་ཉར་ཚགས་མ་བྱས། ལན་རྣམས་ཐོ་བཀོད་བྱས་ནས་ཞིབ་བཤེར་ཁ་རྒྱག་སྟེ། བསྐྱར་དུ་ཁ་ཕྱེ་ནས་ཡང་བསྐྱར་ལན་འདེབས་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inspection_finalise.py" line="+36"/>
        <location line="+21"/>
        <source>Not finalised</source>
        <translation>གཏན་འཁེལ་མ་བྱས།</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Finalising needs every item answered and the evidence asked for attached:
{problems}</source>
        <translation>གཏན་འཁེལ་བྱེད་པར་རྣམ་གྲངས་ཚང་མར་ལན་བཏབ་པ་དང་དགོས་པའི་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་དགོས།
{problems}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise the inspection</source>
        <translation>ཞིབ་བཤེར་གཏན་འཁེལ་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the inspection of {village} for {period}? Score {score}, warning colour {colour}. A finalised inspection cannot be changed; a mistake is put right by a correction.</source>
        <translation>གྲོང་ཚོ་“{village}”ཡི་ཞིབ་བཤེར་ (དུས་ཡུན། {period}) གཏན་འཁེལ་བྱེད་དམ། ཐོབ་སྐར་ {score}། ཉེན་བརྡའི་ཁ་དོག་ {colour} གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་བཟོ་བཅོས་བྱེད་མི་ཐུབ། ནོར་འཁྲུལ་ཡོད་ན་ནོར་བཅོས་བརྒྱུད་ཡོ་བསྲང་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finalise the inspection of {village}</source>
        <translation>“{village}”ཡི་ཞིབ་བཤེར་གཏན་འཁེལ་བྱེད</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No correction</source>
        <translation>ནོར་བཅོས་བྱེད་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>correct the inspection of {village}</source>
        <translation>“{village}”ཡི་ཞིབ་བཤེར་ནོར་བཅོས</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the inspection</source>
        <translation>ཞིབ་བཤེར་ནོར་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a correction? A new draft opens with the same answers and evidence; when it is finalised it replaces this inspection, which is kept.</source>
        <translation>ནོར་བཅོས་འགོ་འཛུགས་སམ། ལན་དང་ར་སྤྲོད་ཡིག་ཆ་གཅིག་མཚུངས་ཡིན་པའི་ཟིན་བྲིས་གསར་པ་ཞིག་ཁ་འབྱེད། དེ་གཏན་འཁེལ་བྱས་རྗེས་ཞིབ་བཤེར་འདིའི་ཚབ་བྱེད། ཞིབ་བཤེར་འདི་ཡང་ཉར་ནས་བཞག་རྒྱུ་ཡིན།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inspection_dialog.py" line="+66"/>
        <source>Inspection deleted</source>
        <translation>ཞིབ་བཤེར་བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This inspection was deleted elsewhere (or its start undone). Your answers here cannot be saved; Undo in the main window brings the inspection back.</source>
        <translation>ཞིབ་བཤེར་འདི་ས་གཞན་ནས་བསུབ་ཟིན། (ཡང་ན་དེ་གསར་བཟོ་ཕྱིར་འཐེན་བྱས་ཟིན།) འདིའི་ལན་ཉར་ཚགས་བྱེད་མི་ཐུབ། སྒེའུ་ཁུང་གཙོ་བོའི་ནང་ཕྱིར་འཐེན་བྱས་ན་ཞིབ་བཤེར་སླར་གསོ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved answers</source>
        <translation>ཉར་ཚགས་མ་བྱས་པའི་ལན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection of {village} has answers that are not saved. Save them? A saved draft can be resumed later.</source>
        <translation>“{village}”ཡི་ཞིབ་བཤེར་ནང་ཉར་ཚགས་མ་བྱས་པའི་ལན་ཡོད། ཉར་ཚགས་བྱེད་དམ། ཉར་ཚགས་བྱས་པའི་ཟིན་བྲིས་རྗེས་སུ་མུ་མཐུད་དུ་འབྲི་ཆོག</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{inspection}: {village}, {period}</source>
        <translation>{inspection} {village} {period}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ Previous</source>
        <translation>◀ སྔ་མ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous aspect (Ctrl+PgUp or Alt+Left)</source>
        <translation>ཕྱོགས་སྔ་མ། (Ctrl+PgUp ཡང་ན་ Alt+Left)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>རྗེས་མ། ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next aspect (Ctrl+PgDown or Alt+Right)</source>
        <translation>ཕྱོགས་རྗེས་མ། (Ctrl+PgDown ཡང་ན་ Alt+Right)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation>ཟིན་བྲིས་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the answers as a draft; resume later (Ctrl+S).</source>
        <translation>ལན་ཟིན་བྲིས་སུ་ཉར་ཚགས་བྱས་ནས་རྗེས་སུ་མུ་མཐུད་དུ་འབྲི་ཆོག (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>གཏན་འཁེལ་བྱེད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>ནོར་བཅོས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already corrected: correct the newer inspection.</source>
        <translation>ནོར་བཅོས་བྱས་ཟིན། ཞིབ་བཤེར་གསར་བ་དེ་ནོར་བཅོས་བྱེད་རོགས།</translation>
    </message>
</context>
<context>
    <name>InspectionHeader</name>
    <message>
        <location filename="../desktop/ui/inspection_header.py" line="+75"/>
        <source>{status} (correction)</source>
        <translation>{status} (ནོར་བཅོས།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, version {version} · {period} · inspector {inspector} · started {date}</source>
        <translation>{title} པར་གཞི་ {version} · {period} · ཞིབ་བཤེར་མཁན། {inspector} · འགོ་བཙུགས་དུས། {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{colour} (veto)</source>
        <translation>{colour} (འོས་ཤོག་གཅིག་གིས་ཁེགས།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no colour yet</source>
        <translation>ད་དུང་ཁ་དོག་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour as the answers stand, by the county&apos;s thresholds; a quota ranking is applied when the inspection is finalised.</source>
        <translation>ལན་ད་ལྟའི་གནས་སྟངས་ལྟར་རྫོང་གི་ཚད་ཐིག་ལ་གཞིགས་པའི་ཁ་དོག། ཞིབ་བཤེར་གཏན་འཁེལ་བྱེད་སྐབས་བསྡུར་ཚད་ལྟར་གོ་རིམ་སྒྲིག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered {answered} of {total}</source>
        <translation>{total} ལས་ {answered} ལན་བཏབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection has been corrected; the correction replaces it. It is kept read-only.</source>
        <translation>ཞིབ་བཤེར་འདི་ནོར་བཅོས་བྱས་ཟིན། ནོར་བཅོས་དེས་འདིའི་ཚབ་བྱེད། འདི་ཀློག་ཙམ་དུ་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is finalised and read-only. To change it, start a correction.</source>
        <translation>ཞིབ་བཤེར་འདི་གཏན་འཁེལ་ཟིན་པས་ཀློག་ཙམ་ཡིན། བཟོ་བཅོས་བྱེད་ན་ནོར་བཅོས་ཤིག་འགོ་འཛུགས་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft corrects a finalised inspection; finalising it replaces that one.</source>
        <translation>ཟིན་བྲིས་འདིས་གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་ཞིག་ནོར་བཅོས་བྱེད། འདི་གཏན་འཁེལ་བྱས་ན་དེའི་ཚབ་བྱེད།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
</context>
<context>
    <name>InspectionMenu</name>
    <message>
        <location filename="../desktop/ui/inspection_menu.py" line="+54"/>
        <source>&amp;Inspection</source>
        <translation>ཞིབ་བཤེར།(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>ཞིབ་བཤེར་གསར་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning overview</source>
        <translation>ཉེན་བརྡའི་སྤྱིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set rating…</source>
        <translation>རིམ་པ་གཏན་འབེབས་བྱེད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning thresholds…</source>
        <translation>ཉེན་བརྡའི་ཚད་ཐིག…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates…</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི།…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>start an inspection</source>
        <translation>ཞིབ་བཤེར་འགོ་འཛུགས</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open inspection</source>
        <translation>ཞིབ་བཤེར་ཁ་འབྱེད།</translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <location filename="../desktop/ui/inspection_summary.py" line="+145"/>
        <source>none yet</source>
        <translation>ད་དུང་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {total}</source>
        <translation>{total} ལས་ {answered}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A veto item failed: the warning is red whatever the score.</source>
        <translation>ཁེགས་པའི་རྣམ་གྲངས་ཤིག་ཚད་ལ་མ་སླེབས། ཐོབ་སྐར་ཇི་ཙམ་ཡིན་རུང་ཉེན་བརྡ་དམར་པོ་ཡིན།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code} is not answered yet: {text}</source>
        <translation>{code} ལ་ད་དུང་ལན་བཏབ་མེད། {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is marked as met but needs evidence attached: {text}</source>
        <translation>{code} ཚད་ལ་སླེབས་པར་རྟགས་བཀོད་འདུག འོན་ཀྱང་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་དགོས། {text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before finalising, answer these and attach the evidence asked for. Click an item to go there.</source>
        <translation>གཏན་འཁེལ་མ་བྱས་གོང་། གཤམ་གྱི་རྣམ་གྲངས་འདི་དག་ལ་ལན་འདེབས་པ་དང་དགོས་པའི་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་རོགས། རྣམ་གྲངས་ཤིག་མནན་ན་དེར་མཆོང་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks finalising.</source>
        <translation>གཏན་འཁེལ་བྱེད་པར་བགེགས་མེད།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>veto item</source>
        <translation>ཁེགས་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>མཆན་འགྲེལ། {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the problem ledger: {status}</source>
        <translation>གནད་དོན་ཐོ་དེབ་ཏུ་བཀོད་ཟིན། {status}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put failed items on the problem ledger</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་གནད་དོན་ཐོ་དེབ་ཏུ་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed item is on the problem ledger</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་ཚང་མ་གནད་དོན་ཐོ་དེབ་ཏུ་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{aspect} {name}: {count} not answered yet ({codes})</source>
        <translation>{aspect} {name} ད་དུང་ལན་མ་བཏབ་པ་ {count} ({codes})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Summary</source>
        <translation>ཕྱོགས་བསྡོམས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning colour</source>
        <translation>ཉེན་བརྡའི་ཁ་དོག།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>ལན་བཏབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What blocks finalising</source>
        <translation>གཏན་འཁེལ་ལ་བགེགས་བྱེད་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each failed item carries its weakness types and remedy. Once the inspection is finalised, put them on the problem ledger to follow them up until they are closed out.</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་རེ་རེར་ཞན་ཆའི་རིགས་དང་ལེགས་བཅོས་བྱ་ཐབས་ཡོད། ཞིབ་བཤེར་གཏན་འཁེལ་བྱས་རྗེས་དེ་དག་གནད་དོན་ཐོ་དེབ་ཏུ་བཀོད་དེ་ཐོ་ནས་མ་བསུབ་བར་དུ་རྗེས་འདེད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item has failed so far.</source>
        <translation>ད་བར་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་མེད།</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../desktop/services/inspections.py" line="+32"/>
        <source>This inspection does not exist (any more).</source>
        <translation>ཞིབ་བཤེར་འདི་མེད། (ཡང་ན་བསུབ་ཟིན།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This inspection is finalised and cannot be changed. Start a correction instead.</source>
        <translation>ཞིབ་བཤེར་འདི་གཏན་འཁེལ་ཟིན་པས་བཟོ་བཅོས་བྱེད་མི་ཐུབ། དེའི་ཚབ་ཏུ་ནོར་བཅོས་ཤིག་འགོ་འཛུགས་རོགས།</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The checklist {label} inspects township Party committees, not villages.</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་ {label} ནི་ཤང་གྲོང་རྡལ་གྱི་ཏང་ཨུ་ཞིབ་བཤེར་བྱེད་པའི་ཆེད་ཡིན། གྲོང་ཚོའི་ཆེད་མིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This village already has a finalised inspection for {period} with this checklist. Correct that one instead.</source>
        <translation>གྲོང་ཚོ་འདིའི་{period}ཡི་ཞིབ་བཤེར་ཐོ་གཞུང་འདིས་བྱས་པའི་ཞིབ་བཤེར་གཏན་འཁེལ་ཟིན། དེ་ལ་ནོར་བཅོས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a finalised inspection needs a correction; a draft can be edited.</source>
        <translation>གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་ལ་ཁོ་ན་ནོར་བཅོས་དགོས། ཟིན་བྲིས་ཐད་ཀར་བཟོ་བཅོས་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection has already been corrected; correct the newer one.</source>
        <translation>ཞིབ་བཤེར་འདི་ནོར་བཅོས་བྱས་ཟིན། གསར་བ་དེ་ནོར་བཅོས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+52"/>
        <source>The template has no indicator {code}.</source>
        <translation>དཔེ་གཞིའི་ནང་ཚད་གཞི་ {code} མེད།</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>{code}: say in the note why it does not apply.</source>
        <translation>{code} འབྲེལ་མེད་ཡིན་པའི་རྒྱུ་མཚན་མཆན་འགྲེལ་དུ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{code} is not answered yet.</source>
        <translation>{code} ལ་ད་དུང་ལན་བཏབ་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is marked as met but needs evidence attached.</source>
        <translation>{code} ཚད་ལ་སླེབས་པར་རྟགས་བཀོད་འདུག འོན་ཀྱང་ར་སྤྲོད་ཡིག་ཆ་སྦྲེལ་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every item is marked not applicable: there is nothing to score.</source>
        <translation>རྣམ་གྲངས་ཚང་མ་འབྲེལ་མེད་དུ་རྟགས་བཀོད་འདུག ཐོབ་སྐར་རྩིས་རྒྱུ་མེད།</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../desktop/ui/inspections_tab.py" line="+90"/>
        <source>{title} (version {version})</source>
        <translation>{title} (པར་གཞི་ {version})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (corrects an earlier one)</source>
        <translation> (སྔར་གྱི་ཞིབ་བཤེར་ནོར་བཅོས།)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+23"/>
        <source>Delete draft</source>
        <translation>ཟིན་བྲིས་སུབ་པ།</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This draft is open with unsaved answers. Save or close it first.</source>
        <translation>ཟིན་བྲིས་འདི་ཁ་ཕྱེ་ཡོད་ལ་ཉར་ཚགས་མ་བྱས་པའི་ལན་ཡོད། སྔོན་ལ་ཉར་ཚགས་སམ་སྒོ་རྒྱག་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete a draft inspection</source>
        <translation>ཞིབ་བཤེར་གྱི་ཟིན་བྲིས་སུབ་པ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the draft inspection of {period} with its answers? Undo brings it back.</source>
        <translation>{period}ཡི་ཞིབ་བཤེར་ཟིན་བྲིས་དང་དེའི་ལན་སུབ་བམ། ཕྱིར་འཐེན་བྱས་ན་སླར་གསོ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score and warning by period</source>
        <translation>དུས་ཡུན་སོ་སོའི་ཐོབ་སྐར་དང་ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections (newest first); double-click to open</source>
        <translation>ཞིབ་བཤེར་ཟིན་ཐོ། (གསར་ཤོས་སྔོན་ལ།) ཐེངས་གཉིས་མནན་ན་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>ལན་བཏབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>ཞིབ་བཤེར་གསར་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inspection</source>
        <translation>ཞིབ་བཤེར་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings yet</source>
        <translation>ད་དུང་ཉེན་བརྡ་མེད།</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../desktop/core/ledger.py" line="+59"/>
        <source>Start work</source>
        <translation>ལེགས་བཅོས་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report solved</source>
        <translation>ཐག་ཆོད་ཟིན་པར་སྙན་ཞུ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out</source>
        <translation>ཐོ་ནས་བསུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not solved: send back</source>
        <translation>ཐག་མ་ཆོད་པས་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>ཡང་བསྐྱར་ཐོ་འགོད།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A problem that is “{now}” cannot be closed out: it must first be reported solved and then checked.</source>
        <translation>རྣམ་པ་“{now}”ཡིན་པའི་གནད་དོན་ཐོ་ནས་བསུབ་མི་ཆོག སྔོན་ལ་ཐག་ཆོད་ཟིན་པར་སྙན་ཞུ་བྱས་ནས་བསྡུར་ཞིབ་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A problem that is “{now}” cannot become “{to}”. It can become: {allowed}.</source>
        <translation>རྣམ་པ་“{now}”ཡིན་པའི་གནད་དོན་“{to}”ལ་འགྱུར་མི་ཆོག འགྱུར་ཆོག་པ་ནི། {allowed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why: “{move}” needs a reason in the history.</source>
        <translation>རྒྱུ་མཚན་འབྲི་རོགས། “{move}”ལ་འགྱུར་ལྡོག་གི་ཟིན་ཐོའི་ནང་རྒྱུ་མཚན་འབྲི་དགོས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing out needs the name of who checked the result.</source>
        <translation>ཐོ་ནས་བསུབ་པར་གྲུབ་འབྲས་བསྡུར་ཞིབ་བྱེད་མཁན་གྱི་མིང་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing out needs evidence: attach at least one file.</source>
        <translation>ཐོ་ནས་བསུབ་པར་ར་སྤྲོད་ཡིག་ཆ་དགོས། ཉུང་མཐར་ཡིག་ཆ་གཅིག་སྦྲེལ་རོགས།</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recorded on the ledger</source>
        <translation>ཐོ་དེབ་ཏུ་བཀོད་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village plan approved</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ་ཞུས་བཤེར་གཏན་འབེབས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Describe the problem.</source>
        <translation>གནད་དོན་འགྲེལ་བཤད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the category of the problem.</source>
        <translation>གནད་དོན་གྱི་རིགས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aspect {aspect} does not belong to the category {category}.</source>
        <translation>{aspect}ཞེས་པའི་ཕྱོགས་དེ་{category}ཞེས་པའི་རིགས་ཀྱི་ཁོངས་སུ་མི་གཏོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the problem was found.</source>
        <translation>གནད་དོན་རྙེད་པའི་ཚེས་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date found is in the future.</source>
        <translation>རྙེད་པའི་ཚེས་གྲངས་དེ་དེ་རིང་ལས་ཕྱི་བ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline is before the date the problem was found.</source>
        <translation>དུས་བཀག་དེ་གནད་དོན་རྙེད་པའི་ཚེས་གྲངས་ལས་སྔ་བ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the inspection item the problem came from.</source>
        <translation>གནད་དོན་འདི་ཞིབ་བཤེར་ཚད་གཞི་གང་ནས་བྱུང་བ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{found} problems found, {solved} solved, {closed} closed out, {open} open, {overdue} overdue</source>
        <translation>རྙེད་པའི་གནད་དོན་ {found}། ཐག་ཆོད་ཟིན་པ་ {solved}། ཐོ་ནས་བསུབ་ཟིན་པ་ {closed}། ཐག་མ་ཆོད་པ་ {open}། དུས་བཀག་ལས་བརྒལ་བ་ {overdue}</translation>
    </message>
    <message>
        <location filename="../desktop/services/ledger.py" line="+44"/>
        <source>This problem does not exist (any more).</source>
        <translation>གནད་དོན་འདི་མེད། (ཡང་ན་བསུབ་ཟིན།)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The days before a deadline must be between 0 and {most}.</source>
        <translation>དུས་བཀག་གི་སྔོན་གྱི་ཉིན་གྲངས་ 0 ནས་ {most} བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The date of a status change cannot be in the future.</source>
        <translation>རྣམ་པ་འགྱུར་བའི་ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evidence file {name} cannot be read.</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ་ {name} ཀློག་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The date of a status change cannot be before the last one ({date}).</source>
        <translation>རྣམ་པ་འགྱུར་བའི་ཚེས་གྲངས་ཐེངས་སྔ་མ་ ({date}) ལས་སྔ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This problem is in a village plan and cannot be deleted; take it out of the plan first.</source>
        <translation>གནད་དོན་འདི་གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་ནང་ཡོད་པས་སུབ་མི་ཐུབ། སྔོན་ལ་འཆར་གཞི་ནས་ཕྱིར་འདོན་རོགས།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems are taken from a finalised inspection; finalise this one first.</source>
        <translation>གནད་དོན་ནི་གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་ནས་ལེན་དགོས། སྔོན་ལ་ཞིབ་བཤེར་འདི་གཏན་འཁེལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These items did not fail, so they are not problems: {codes}.</source>
        <translation>གཤམ་གྱི་རྣམ་གྲངས་ཚད་ལ་མ་སླེབས་པ་མིན་པས་གནད་དོན་མིན། {codes}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The checklist&apos;s aspects are not the 24 aspects of the ledger: choose a category for these problems.</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་འདིའི་ཕྱོགས་རྣམས་ཐོ་དེབ་ཀྱི་ཕྱོགས་ 24 མིན། གནད་དོན་འདི་དག་གི་རིགས་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../desktop/ui/ledger_filter_bar.py" line="+178"/>
        <source>Show the problems of a village</source>
        <translation>གྲོང་ཚོ་ཞིག་གི་གནད་དོན་སྟོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>མིང་ངམ་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>All villages</source>
        <translation>གྲོང་ཚོ་ཡོངས།</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{count} villages</source>
        <translation>གྲོང་ཚོ་{count}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All aspects</source>
        <translation>ཕྱོགས་ཡོངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category first</source>
        <translation>སྔོན་ལ་རིགས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search problem, village or name</source>
        <translation>གནད་དོན་དང་གྲོང་ཚོ། ཡང་ན་མིང་བཤེར་འཚོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>all</source>
        <translation>ཚང་མ།</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Any status</source>
        <translation>རྣམ་པ་གང་ཡང་རུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>ཞན་ཆ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any weakness type</source>
        <translation>ཞན་ཆའི་རིགས་གང་ཡང་རུང་།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>རིགས་ཡོངས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>འབྱུང་ཁུངས་ཡོངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བ་ཁོ་ན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue or due soon</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའམ་ཉེ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>གཙང་སེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and all filters</source>
        <translation>བཤེར་འཚོལ་དང་འཚག་རྒྱག་ཚང་མ་གཙང་སེལ།</translation>
    </message>
</context>
<context>
    <name>LedgerLink</name>
    <message>
        <location filename="../desktop/ui/inspection_ledger_link.py" line="+52"/>
        <source>Not put on the ledger</source>
        <translation>ཐོ་དེབ་ཏུ་འགོད་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put {count} failed items on the problem ledger</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་ {count} གནད་དོན་ཐོ་དེབ་ཏུ་འགོད་པ</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../desktop/ui/ledger_table_model.py" line="+226"/>
        <source>Responsible leader: {name}</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད། {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible person: {name}</source>
        <translation>འགན་འཁུར་བ། {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} since {date}</source>
        <translation>{status} ({date} ནས་བཟུང་།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked by {name}</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན། {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times reopened: {count}</source>
        <translation>ཡང་བསྐྱར་བྱུང་ཐེངས། {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue by {days} days</source>
        <translation>དུས་བཀག་ལས་ཉིན་{days} བརྒལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>དེ་རིང་དུས་བཀག་ཡིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in {days} days</source>
        <translation>ཉིན་{days} རྗེས་དུས་བཀག་ཡིན།</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category / aspect</source>
        <translation>རིགས་དང་ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>རྙེད་དུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <location filename="../desktop/ui/ledger_window.py" line="+193"/>
        <location line="+4"/>
        <source>Whole ledger: {counts}</source>
        <translation>ཐོ་དེབ་ཧྲིལ་པོ། {counts}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shown: {counts}</source>
        <translation>མིག་སྔར་སྟོན་པ། {counts}</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+67"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Not deleted</source>
        <translation>སུབ་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>delete problem: {problem}</source>
        <translation>གནད་དོན་“{problem}”སུབ་པ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete problem</source>
        <translation>གནད་དོན་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “{problem}” off the ledger? Only a problem entered by mistake should go; a solved one is closed out. Undo brings it back.</source>
        <translation>“{problem}”ཐོ་དེབ་ནས་སུབ་བམ། ནོར་ནས་བཀོད་པའི་གནད་དོན་ཁོ་ན་སུབ་དགོས། ཐག་ཆོད་ཟིན་པ་རྣམས་ཐོ་ནས་བསུབ་པ་བྱེད་དགོས། ཕྱིར་འཐེན་བྱས་ན་སླར་གསོ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not changed</source>
        <translation>བཟོ་བཅོས་བྱེད་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yellow {days} days before a deadline</source>
        <translation>དུས་བཀག་གི་ཉིན་{days} སྔོན་ནས་སེར་པོ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New problem…</source>
        <translation>གནད་དོན་གསར་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected problem (Enter or double-click)</source>
        <translation>བདམས་པའི་གནད་དོན་ཁ་འབྱེད། (Enter ཡང་ན་ཐེངས་གཉིས་མནན།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>སུབ་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger report…</source>
        <translation>གནད་དོན་ཐོ་དེབ་ཀྱི་སྙན་ཞུ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected problem:</source>
        <translation>བདམས་པའི་གནད་དོན་ལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow from this many days before the deadline</source>
        <translation>དུས་བཀག་གི་ཉིན་ག་ཚོད་སྔོན་ནས་སེར་པོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> ཉིན།</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../desktop/ui/lock_screen.py" line="+118"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>གསང་ཨང་ནོར་བ་མང་དྲགས་འདུག {wait} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign in as someone else</source>
        <translation>སྤྱོད་མཁན་གཞན་གྱིས་ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close {name}&apos;s windows and sign in as someone else? What {name} has not saved is lost.</source>
        <translation>{name} ཡི་སྒེའུ་ཁུང་རྣམས་སྒོ་བརྒྱབ་ནས་སྤྱོད་མཁན་གཞན་གྱིས་ནང་འཛུལ་བྱེད་དམ། {name} ཡིས་ཉར་ཚགས་མ་བྱས་པ་རྣམས་བོར་བརླག་ཏུ་འགྲོ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try again now.</source>
        <translation>ད་ལྟ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VillageDesk — locked</source>
        <translation>VillageDesk — ཟྭ་བརྒྱབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>ཟྭ་བརྒྱབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({login}) is signed in. Type the password to go on.</source>
        <translation>ད་ལྟའི་སྤྱོད་མཁན་ནི་ {name} ({login}) ཡིན། མུ་མཐུད་པར་གསང་ཨང་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>ཟྭ་ཕྱེ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as someone else…</source>
        <translation>སྤྱོད་མཁན་གཞན་གྱིས་ནང་འཛུལ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s open windows close without saving.</source>
        <translation>{name} ཡི་ཁ་ཕྱེ་ཡོད་པའི་སྒེའུ་ཁུང་རྣམས་ཉར་ཚགས་མ་བྱས་པར་སྒོ་རྒྱག་འགྲོ།</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login_dialog.py" line="+146"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>གསང་ཨང་ནོར་བ་མང་དྲགས་འདུག {wait} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can try again now.</source>
        <translation>ད་ལྟ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign in — VillageDesk</source>
        <translation>ནང་འཛུལ། — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Database: {name}</source>
        <translation>གཞི་གྲངས་མཛོད། {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+128"/>
        <source>&amp;File</source>
        <translation>ཡིག་ཆ།(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>རྩོམ་སྒྲིག(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>སྐད་ཡིག(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>རོགས་རམ།(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New village</source>
        <translation>གྲོང་ཚོ་གསར་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Delete village</source>
        <translation>གྲོང་ཚོ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Open database…</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་འབྱེད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database…</source>
        <translation>གཞི་གྲངས་མཛོད་གསར་བཟོ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a server database…</source>
        <translation>ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད་ཁ་འབྱེད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>བཤེར་འཚོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill with demo data…</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་འཇུག…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about_box.py" line="+23"/>
        <source>Portable: data and settings are kept in {folder}</source>
        <translation>འཁྱེར་སྤྱོད་རྣམ་པ། གཞི་གྲངས་དང་སྒྲིག་འགོད་ {folder} ནང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/main_window.py" line="+1"/>
        <source>About VillageDesk</source>
        <translation>VillageDesk སྐོར།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+26"/>
        <source>VillageDesk — {database}</source>
        <translation>VillageDesk — {database}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} villages</source>
        <translation>ཁྱོན་བསྡོམས་གྲོང་ཚོ་{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} villages</source>
        <translation>གྲོང་ཚོ་{total} ལས་{shown}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo {action}</source>
        <translation>{action} ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Undo</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Redo {action}</source>
        <translation>{action} བསྐྱར་བཟོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>བསྐྱར་བཟོ།</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>add village {name}</source>
        <translation>གྲོང་ཚོ་“{name}”གསར་བཟོ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit village {name}</source>
        <translation>གྲོང་ཚོ་“{name}”བཟོ་བཅོས</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>delete village {name}</source>
        <translation>གྲོང་ཚོ་“{name}”སུབ་པ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete {count} villages</source>
        <translation>གྲོང་ཚོ་{count} སུབ་པ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted: {what}. Undo brings it back (Ctrl+Z).</source>
        <translation>ལག་བསྟར་ཟིན། {what}། Ctrl+Z མནན་ན་ཕྱིར་འཐེན་ཐུབ།</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New database</source>
        <translation>གཞི་གྲངས་མཛོད་གསར་བཟོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open database</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VillageDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>VillageDesk གཞི་གྲངས་མཛོད། (*.sqlite3 *.db);;ཡིག་ཆ་ཡོངས། (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Demo data added: {villages} villages, {people} people.</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་ཁ་སྣོན་ཟིན། གྲོང་ཚོ་{villages} མི་{people}།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about_box.py" line="-10"/>
        <source>VillageDesk {version}

Village files, inspections, plans and the problem ledger for the rectification of weak village Party organisations. Works offline, in Chinese and Tibetan.

Database: {path}
Installation: {installation}</source>
        <translation>VillageDesk {version}

ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་ཆེད་ཀྱི་གྲོང་ཚོའི་ཡིག་ཚགས། རང་ཞིབ། གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ། གནད་དོན་ཐོ་དེབ་བཅས། དྲ་རྒྱ་མེད་ཀྱང་བཀོལ་ཆོག རྒྱ་ཡིག་དང་བོད་ཡིག་གཉིས་ཀར་བཀོལ་ཆོག

གཞི་གྲངས་མཛོད། {path}
སྒྲིག་འཇུག་ཨང་རྟགས། {installation}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/password_dialog.py" line="+91"/>
        <source>The two new passwords are not the same.</source>
        <translation>གསང་ཨང་གསར་པ་གཉིས་གཅིག་མཚུངས་མིན།</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Reset password</source>
        <translation>གསང་ཨང་བསྐྱར་སྒྲིག</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A new password for {name} ({login}). Tell it to them in person: they must choose their own when they next sign in.</source>
        <translation>{name} ({login}) ཡི་གསང་ཨང་གསར་པ། ཁོང་ལ་ངོ་ཐོག་ཏུ་བཤད་རོགས། ཁོང་གིས་ཐེངས་རྗེས་མར་ནང་འཛུལ་སྐབས་རང་གི་གསང་ཨང་འདེམས་དགོས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Change password</source>
        <translation>གསང་ཨང་བརྗེ་བ།</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>An administrator set your password. Choose your own before you go on: no one else should know it.</source>
        <translation>ཁྱེད་ཀྱི་གསང་ཨང་མ་ལག་དོ་དམ་པས་བཀོད་པ་ཡིན། མུ་མཐུད་མ་བྱས་གོང་རང་གི་གསང་ཨང་འདེམས་རོགས། མི་གཞན་སུས་ཀྱང་ཤེས་མི་རུང་།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>ད་ལྟའི་གསང་ཨང་ནང་འཇུག་བྱས་རྗེས་གསང་ཨང་གསར་པ་ཐེངས་གཉིས་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>ད་ལྟའི་གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>གསང་ཨང་གསར་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>གསང་ཨང་གསར་པ་ཡང་བསྐྱར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters, not the login, not one character repeated.</source>
        <translation>ཡིག་རྟགས་ཉུང་མཐར་ 8 དགོས། ནང་འཛུལ་མིང་དང་གཅིག་པ་མི་ཆོག ཡིག་རྟགས་གཅིག་ཁོ་ན་བསྐྱར་ཟློས་བྱས་པ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <location filename="../desktop/ui/peer_table_model.py" line="+51"/>
        <source>Installation</source>
        <translation>མཐའ་སྣེ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>མཛུབ་རིས་ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>ཐོ་འགོད་བྱས་དུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle made for it</source>
        <translation>དེའི་ཆེད་དུ་མཐའ་མར་བཟོས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>ངོས་ལེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle received</source>
        <translation>མཐའ་མར་འབྱོར་བའི་གཞི་གྲངས་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>ཆ་མེད་བཏང་ཟིན།</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. {sequence}</source>
        <translation>ཨང་{sequence}པ།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none yet</source>
        <translation>ད་དུང་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {sequence}, {when}</source>
        <translation>ཨང་{sequence}པ། {when}</translation>
    </message>
</context>
<context>
    <name>PeersWindow</name>
    <message>
        <location filename="../desktop/ui/peers_window.py" line="+176"/>
        <source>Villages of {township}: what came from it and when</source>
        <translation>{township} ཁོངས་ཀྱི་གྲོང་ཚོ། དེ་ནས་འབྱོར་བའི་གཞི་གྲངས་དང་དུས་ཚོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been imported from {township} yet.</source>
        <translation>{township} ནས་ད་དུང་ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{received} of {total} villages have sent data. Last bundle imported: No. {sequence}, {when}.</source>
        <translation>གྲོང་ཚོ་ཁྱོན་ {total} ཡོད་པའི་ནང་ནས་གཞི་གྲངས་བསྐུར་ཟིན་པ་ {received} ཡོད། མཐའ་མར་ནང་འདྲེན་བྱས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ། ཨང་{sequence}པ། {when}།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke an installation</source>
        <translation>མཐའ་སྣེ་ཆ་མེད་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Townships</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installations</source>
        <translation>མཐའ་སྣེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships enrolled here</source>
        <translation>འདིར་ཐོ་འགོད་བྱས་ཟིན་པའི་ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installations enrolled here</source>
        <translation>འདིར་ཐོ་འགོད་བྱས་ཟིན་པའི་མཐའ་སྣེ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No installation is enrolled here yet. Enrol one with the enrolment file it saved and the fingerprint on its printed slip.</source>
        <translation>འདིར་ད་དུང་མཐའ་སྣེ་གང་ཡང་ཐོ་འགོད་བྱས་མེད། མཐའ་སྣེ་དེས་ཉར་ཚགས་བྱས་པའི་ཐོ་འགོད་ཡིག་ཆ་དང་དེས་པར་འདེབས་བྱས་པའི་ཤོག་བྱང་སྟེང་གི་མཛུབ་རིས་ཨང་གྲངས་བེད་སྤྱད་ནས་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol an installation…</source>
        <translation>མཐའ་སྣེ་ཐོ་འགོད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>ཆ་མེད་གཏོང་བ།…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../desktop/ui/people_tab.py" line="+65"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../desktop/core/periods.py" line="+46"/>
        <source>{year} Q{quarter}</source>
        <translation>{year}ལོའི་དུས་ཚིགས་{quarter}པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}-{month:02d}, first half</source>
        <translation>{year}ལོའི་ཟླ་{month:02d}པའི་སྟོད་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}-{month:02d}, second half</source>
        <translation>{year}ལོའི་ཟླ་{month:02d}པའི་སྨད་ཆ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening {date}</source>
        <translation>{date} ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text} is not a period. Write a quarter (2026Q3), a half-month (2026-11H1 or 2026-11H2) or a screening date (2026-11-23).</source>
        <translation>{text} ནི་དུས་ཡུན་མིན། དུས་ཚིགས་ (2026Q3) དང་ཟླ་ཕྱེད་ (2026-11H1 ཡང་ན་ 2026-11H2)། ཡང་ན་ཞིབ་བཤེར་གྱི་ཚེས་གྲངས་ (2026-11-23) འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a year (2026) or a period (2026Q3, 2026-11H1).</source>
        <translation>ལོ་ (2026) ཡང་ན་དུས་ཡུན་ (2026Q3 དང་ 2026-11H1) འབྲི་རོགས།</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../desktop/ui/person_dialog.py" line="+144"/>
        <source>Yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New person</source>
        <translation>མི་གསར་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person and post</source>
        <translation>མི་དང་ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>མི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post in this village</source>
        <translation>གྲོང་ཚོ་འདིའི་ལས་གནས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation>མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>ཕོ་མོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>སྐྱེས་ལོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethnicity</source>
        <translation>མི་རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Education</source>
        <translation>སློབ་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ཁ་པར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party member</source>
        <translation>ཏང་ཡོན་ཡིན་མིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by (unit)</source>
        <translation>མངགས་མཁན་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term from</source>
        <translation>ལས་ཡུན་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term until</source>
        <translation>ལས་ཡུན་མཇུག་རྫོགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts held</source>
        <translation>འཁུར་མྱོང་བའི་ལས་གནས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2026-03-01</source>
        <translation>དཔེར་ན། 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty while in post</source>
        <translation>ལས་གནས་ཐོག་ཡོད་རིང་སྟོང་པར་ཞོག</translation>
    </message>
</context>
<context>
    <name>PlanCheckList</name>
    <message>
        <location filename="../desktop/ui/plan_check_list.py" line="+33"/>
        <source>Check lists what the plan still lacks before it can be submitted: every problem stated clearly, concrete measures, a responsible person and a deadline for each item.</source>
        <translation>“བརྟག་དཔྱད”ཀྱིས་འཆར་གཞི་འབུལ་སྤྲོད་མ་བྱས་གོང་ད་དུང་ཆད་པའི་དོན་ཚན་སྟོན། གནད་དོན་རེ་རེ་གསལ་པོར་བརྗོད་དགོས། བྱ་ཐབས་དངོས་ཅན་ཡིན་དགོས། དོན་ཚན་རེ་རེར་འགན་འཁུར་བ་དང་དུས་བཀག་ཡོད་དགོས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan passes the “three no-lets-go” check.</source>
        <translation>འཆར་གཞི་“གློད་མི་ཆོག་པ་གསུམ”གྱི་བརྟག་དཔྱད་ཚད་ལ་སླེབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check ({n})</source>
        <translation>བརྟག་དཔྱད། ({n})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>བརྟག་དཔྱད།</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <location filename="../desktop/ui/plan_compare.py" line="+160"/>
        <source>{changed} changed, {added} added, {removed} removed, {same} unchanged.</source>
        <translation>བཟོ་བཅོས་ {changed}། ཁ་སྣོན་ {added}། བསུབས་པ་ {removed}། འགྱུར་མེད་ {same}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {commented} items the county commented on were changed.</source>
        <translation>རྫོང་གིས་བསམ་འཆར་བཏོན་པའི་དོན་ཚན་ {commented} ལས་ {answered} བཟོ་བཅོས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different rounds to compare.</source>
        <translation>མཚུངས་སྡུར་བྱེད་པར་སྐོར་མི་འདྲ་བ་གཉིས་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing changed between these rounds.</source>
        <translation>སྐོར་འདི་གཉིས་ཀྱི་བར་འགྱུར་བ་མེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added</source>
        <translation>ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>བསུབས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>འགྱུར་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {n}</source>
        <translation>དོན་ཚན་{n}པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken out</source>
        <translation>འཆར་གཞི་ནས་ཕྱིར་བཏོན།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>County comment (round {round}): {comment}</source>
        <translation>རྫོང་གི་བསམ་འཆར། (སྐོར་{round}པ།) {comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed although the county commented on it.</source>
        <translation>རྫོང་གིས་བསམ་འཆར་བཏོན་ཡོད་ཀྱང་བཟོ་བཅོས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Round {n}</source>
        <translation>སྐོར་{n}པ།</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare rounds: {village} {year}</source>
        <translation>སྐོར་མཚུངས་སྡུར། {village} {year}ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village} · {year} · village plan</source>
        <translation>{village} · {year}ལོ། · གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier round</source>
        <translation>སྐོར་སྔ་མ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later round</source>
        <translation>སྐོར་ཕྱི་མ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show unchanged items</source>
        <translation>འགྱུར་མེད་པའི་དོན་ཚན་སྟོན།</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/plan_editor.py" line="+193"/>
        <source>Village plan: {village} {year}</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ། {village} {year}ལོ།</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Every open problem of the village is in the plan</source>
        <translation>གྲོང་ཚོ་འདིའི་ཐག་མ་ཆོད་པའི་གནད་དོན་ཚང་མ་འཆར་གཞིའི་ནང་ཚུད་ཟིན།</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This plan was changed elsewhere while you were editing it: saving will be refused. Close it without saving and open it again.</source>
        <translation>ཁྱེད་ཀྱིས་རྩོམ་སྒྲིག་བྱེད་རིང་འཆར་གཞི་འདི་ས་གཞན་དུ་བཟོ་བཅོས་བྱས་འདུག ཉར་ཚགས་བྱེད་མི་ཐུབ། ཉར་ཚགས་མ་བྱས་པར་ཁ་རྒྱག་སྟེ་བསྐྱར་དུ་ཁ་འབྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add problem</source>
        <translation>གནད་དོན་ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>དོན་ཚན་སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>གོང་དུ་སྤོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>འོག་ཏུ་སྤོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>ལོ་རྒྱུས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>བརྟག་དཔྱད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village meeting…</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit to county</source>
        <translation>རྫོང་ལ་འབུལ་སྤྲོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve…</source>
        <translation>ཞུས་བཤེར་གཏན་འབེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>ཕྱིར་སློག…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare rounds…</source>
        <translation>སྐོར་མཚུངས་སྡུར།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་རེའུ་མིག་པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise as round {n}</source>
        <translation>སྐོར་{n}པར་བཟོ་བཅོས།</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../desktop/ui/plan_header.py" line="+53"/>
        <source>{village} · {year} · round {round}</source>
        <translation>{village} · {year}ལོ། · སྐོར་{round}པ།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{step}, {date}, {who}</source>
        <translation>{step} {date} {who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>County&apos;s overall comment (round {round}): {comment}</source>
        <translation>རྫོང་གི་སྤྱིའི་བསམ་འཆར། (སྐོར་{round}པ།) {comment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས།</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <location filename="../desktop/ui/plan_history.py" line="+40"/>
        <source>Step</source>
        <translation>བྱ་རིམ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round</source>
        <translation>སྐོར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>བསམ་འཆར།</translation>
    </message>
</context>
<context>
    <name>PlanItemForm</name>
    <message>
        <location filename="../desktop/ui/plan_item_form.py" line="+151"/>
        <source>Item {n}</source>
        <translation>དོན་ཚན་{n}པ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>County comment (round {round}): {comment}</source>
        <translation>རྫོང་གི་བསམ་འཆར། (སྐོར་{round}པ།) {comment}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the village will look like when it is solved</source>
        <translation>གནད་དོན་ཐག་ཆོད་རྗེས་གྲོང་ཚོ་ཇི་ལྟར་འགྱུར་དགོས་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concrete actions: who does what, how many, by when</source>
        <translation>བྱ་ཐབས་དངོས། སུས་ཅི་བྱེད་པ། གྲངས་ཇི་ཙམ། ནམ་གྱི་བར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2027-03-31</source>
        <translation>དཔེར་ན། 2027-03-31</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an item in the plan to edit it.</source>
        <translation>རྩོམ་སྒྲིག་བྱེད་པར་འཆར་གཞིའི་ནང་ནས་དོན་ཚན་ཞིག་འདེམས་རོགས།</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../desktop/ui/plan_meeting_dialog.py" line="+89"/>
        <source>Village representatives&apos; meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the meeting</source>
        <translation>ཚོགས་འདུའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives present</source>
        <translation>ཚོགས་འདུར་ཞུགས་པའི་འཐུས་མི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives due</source>
        <translation>ཚོགས་འདུར་ཞུགས་དགོས་པའི་འཐུས་མི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>ཚོགས་འདུའི་གྲོས་ཆོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>མི་གསལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the meeting decided about the plan</source>
        <translation>ཚོགས་འདུས་འཆར་གཞིའི་སྐོར་ལ་ཐག་བཅད་པ།</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../desktop/ui/plan_review_dialog.py" line="+127"/>
        <source>Approve the village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ་ཞུས་བཤེར་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments on items are optional when approving.</source>
        <translation>ཞུས་བཤེར་གཏན་འབེབས་བྱེད་སྐབས་དོན་ཚན་སོ་སོར་བསམ་འཆར་འབྲི་མི་དགོས་ཀྱང་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the village plan for revision</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ་ཕྱིར་སློག་སྟེ་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what must change on each item to be revised (at least one); the township sees your comment beside the item in the next round.</source>
        <translation>བཟོ་བཅོས་དགོས་པའི་དོན་ཚན་རེ་རེར་ཅི་ཞིག་བཟོ་བཅོས་དགོས་པ་འབྲི་རོགས། (ཉུང་མཐར་གཅིག) སྐོར་རྗེས་མར་ཤང་གྲོང་རྡལ་གྱིས་དོན་ཚན་དེའི་ཟུར་དུ་ཁྱེད་ཀྱི་བསམ་འཆར་མཐོང་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item {n}</source>
        <translation>དོན་ཚན་{n}པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on item {n}</source>
        <translation>དོན་ཚན་{n}པའི་བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall comment</source>
        <translation>སྤྱིའི་བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. county organisation department</source>
        <translation>དཔེར་ན། རྫོང་ཨུའི་རྩ་འཛུགས་པུའུ།</translation>
    </message>
</context>
<context>
    <name>PlanSteps</name>
    <message>
        <location filename="../desktop/ui/plan_steps.py" line="+28"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the changes to the plan of {village}?</source>
        <translation>“{village}”ཡི་འཆར་གཞིའི་བཟོ་བཅོས་ཉར་ཚགས་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit the plan of {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞི་བཟོ་བཅོས</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the village meeting on the plan of {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞིར་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་པ་ཐོ་འགོད</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save or undo your changes first: a changed plan goes back to the village meeting.</source>
        <translation>སྔོན་ལ་ཁྱེད་ཀྱི་བཟོ་བཅོས་ཉར་ཚགས་སམ་ཕྱིར་འཐེན་གནང་རོགས། བཟོ་བཅོས་བྱས་པའི་འཆར་གཞི་ཡང་བསྐྱར་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>submit the plan of {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞི་འབུལ་སྤྲོད</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approve the plan of {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞི་ཞུས་བཤེར་གཏན་འབེབས</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return the plan of {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞི་ཕྱིར་སློག</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revise the plan of {village} as round {round}</source>
        <translation>“{village}”ཡི་འཆར་གཞི་སྐོར་{round}པར་བཟོ་བཅོས</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/plan_tab.py" line="+57"/>
        <source>{step}, {date}, {who}</source>
        <translation>{step} {date} {who}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draft a plan for {village}</source>
        <translation>“{village}”ཡི་འཆར་གཞིའི་ཟིན་བྲིས་བཟོ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year</source>
        <translation>ལོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round</source>
        <translation>སྐོར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>བྱ་རིམ་མཐའ་མ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan</source>
        <translation>འཆར་གཞི་གསར་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="-182"/>
        <location filename="../desktop/services/plans.py" line="+123"/>
        <source>The plan has rounds 1 to {last}.</source>
        <translation>འཆར་གཞི་འདི་ལ་སྐོར་1ནས་{last}བར་ཡོད།</translation>
    </message>
    <message>
        <location filename="../desktop/core/plans.py" line="+32"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="-135"/>
        <source>Goal</source>
        <translation>དམིགས་ཡུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>What will be done</source>
        <translation>ལེགས་བཅོས་ཀྱི་ནང་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Measures</source>
        <translation>བྱ་ཐབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives&apos; meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>County comment</source>
        <translation>རྫོང་གི་བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Item {n}, {field}: {message}</source>
        <translation>དོན་ཚན་{n}པ། {field} {message}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The plan has no items: add the village&apos;s open problems.</source>
        <translation>འཆར་གཞིའི་ནང་དོན་ཚན་མེད། གྲོང་ཚོའི་ཐག་མ་ཆོད་པའི་གནད་དོན་ཁ་སྣོན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem is not stated clearly: say what is wrong, where and how much (“{text}”).</source>
        <translation>གནད་དོན་གསལ་པོར་བརྗོད་མེད། སྐྱོན་ཅི་ཡོད་པ་དང་གང་དུ་ཡོད་པ། ཚད་ཇི་ཙམ་ཡིན་པ་འབྲི་རོགས། (“{text}”)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the goal: what the village will look like when it is solved.</source>
        <translation>དམིགས་ཡུལ་འབྲི་རོགས། གནད་དོན་ཐག་ཆོད་རྗེས་གྲོང་ཚོ་ཇི་ལྟར་འགྱུར་དགོས་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what will be done.</source>
        <translation>ལེགས་བཅོས་ཀྱི་ནང་དོན་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the measures.</source>
        <translation>བྱ་ཐབས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measures say nothing concrete: name the actions, the people and the numbers, not only “strengthen” or “implement”.</source>
        <translation>བྱ་ཐབས་ལ་ནང་དོན་དངོས་མེད། “ཇེ་སྲ་གཏོང་བ”དང་“མཐར་ཕྱིན་བྱེད་པ”ཙམ་མ་ཡིན་པར། བྱ་བ་དངོས་དང་མི། གྲངས་ཀ་བཅས་གསལ་པོར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a deadline.</source>
        <translation>དུས་བཀག་གཏན་འཁེལ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline {date} has already passed.</source>
        <translation>དུས་བཀག་ {date} འདས་ཟིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the responsible leader.</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད་ཀྱི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the responsible person.</source>
        <translation>འགན་འཁུར་བའི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The open problem “{text}” is not in the plan.</source>
        <translation>ཐག་མ་ཆོད་པའི་གནད་དོན་“{text}”འཆར་གཞིའི་ནང་མི་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village representatives&apos; meeting has not reviewed this round yet: record its date, attendance and resolution.</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ད་དུང་སྐོར་འདི་ཞིབ་བཤེར་བྱས་མེད། ཚོགས་འདུའི་ཚེས་གྲངས་དང་ཞུགས་མིའི་གྲངས། གྲོས་ཆོད་བཅས་ཐོ་འགོད་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting reviews a draft; this plan is “{status}”.</source>
        <translation>ཚོགས་འདུས་ཟིན་བྲིས་ཁོ་ན་ཞིབ་བཤེར་བྱེད། འཆར་གཞི་འདི་“{status}”ཡིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date of the meeting (not in the future).</source>
        <translation>ཚོགས་འདུའི་ཚེས་གྲངས་འབྲི་རོགས། (མ་འོངས་པའི་ཚེས་གྲངས་མི་ཆོག)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give how many representatives attended.</source>
        <translation>ཚོགས་འདུར་ཞུགས་པའི་འཐུས་མིའི་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More representatives attended ({present}) than were due ({expected}).</source>
        <translation>ཞུགས་པའི་འཐུས་མི་ ({present}) ཞུགས་དགོས་པའི་འཐུས་མི་ ({expected}) ལས་མང་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down the meeting&apos;s resolution.</source>
        <translation>ཚོགས་འདུའི་གྲོས་ཆོད་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village representatives&apos; meeting must review the plan before it is submitted.</source>
        <translation>འཆར་གཞི་འབུལ་སྤྲོད་མ་བྱས་གོང་གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a plan reviewed by the village meeting can be submitted; this one is “{status}”.</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་ཟིན་པའི་འཆར་གཞི་ཁོ་ན་འབུལ་སྤྲོད་བྱེད་ཆོག འཆར་གཞི་འདི་“{status}”ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan does not pass the “three no-lets-go” check: {first}</source>
        <translation>འཆར་གཞི་“གློད་མི་ཆོག་པ་གསུམ”གྱི་བརྟག་དཔྱད་ཚད་ལ་མ་སླེབས། {first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan does not pass the “three no-lets-go” check: {first} (and {more} more)</source>
        <translation>འཆར་གཞི་“གློད་མི་ཆོག་པ་གསུམ”གྱི་བརྟག་དཔྱད་ཚད་ལ་མ་སླེབས། {first} (གཞན་ {more} ཡོད།)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a submitted plan can be reviewed; this one is “{status}”.</source>
        <translation>འབུལ་སྤྲོད་བྱས་ཟིན་པའི་འཆར་གཞི་ཁོ་ན་ཞིབ་བཤེར་བྱེད་ཆོག འཆར་གཞི་འདི་“{status}”ཡིན།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment names an item that is not in this round of the plan.</source>
        <translation>བསམ་འཆར་ཞིག་གིས་འཆར་གཞིའི་སྐོར་འདིའི་ནང་མེད་པའི་དོན་ཚན་ཞིག་ལ་དམིགས་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returning a plan needs a comment on each item to be changed: write at least one.</source>
        <translation>འཆར་གཞི་ཕྱིར་སློག་བྱེད་ན་བཟོ་བཅོས་དགོས་པའི་དོན་ཚན་རེ་རེར་བསམ་འཆར་དགོས། ཉུང་མཐར་གཅིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a returned plan is revised as a new round; this one is “{status}”.</source>
        <translation>ཕྱིར་སློག་བྱས་པའི་འཆར་གཞི་ཁོ་ན་སྐོར་གསར་པར་བཟོ་བཅོས་བྱེད་ཆོག འཆར་གཞི་འདི་“{status}”ཡིན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/plans.py" line="-80"/>
        <source>This plan does not exist (any more).</source>
        <translation>འཆར་གཞི་འདི་མེད། (ཡང་ན་བསུབ་ཟིན།)</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The village already has a plan under way ({status}); finish that one first.</source>
        <translation>གྲོང་ཚོ་འདིར་ད་དུང་མཇུག་མ་རྫོགས་པའི་འཆར་གཞི་ཞིག་ཡོད། དེའི་རྣམ་པ་ནི་{status} ཡིན། སྔོན་ལ་དེ་མཇུག་སྒྲིལ་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village already has an approved plan for {year}.</source>
        <translation>གྲོང་ཚོ་འདིར་{year}ལོའི་ཞུས་བཤེར་གཏན་འབེབས་ཟིན་པའི་འཆར་གཞི་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A plan that is “{status}” cannot be edited.</source>
        <translation>རྣམ་པ་“{status}”ཡིན་པའི་འཆར་གཞི་བཟོ་བཅོས་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plan item names a problem that is not on this village&apos;s ledger.</source>
        <translation>འཆར་གཞིའི་དོན་ཚན་ཞིག་གིས་གྲོང་ཚོ་འདིའི་གནད་དོན་ཐོ་དེབ་ནང་མེད་པའི་གནད་དོན་ཞིག་ལ་དམིགས་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem appears twice in the plan.</source>
        <translation>གནད་དོན་གཅིག་འཆར་གཞིའི་ནང་ཐེངས་གཉིས་ཐོན་འདུག</translation>
    </message>
</context>
<context>
    <name>PostsTable</name>
    <message>
        <location filename="../desktop/ui/posts_table.py" line="+108"/>
        <source>Yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a person</source>
        <translation>མི་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or phone</source>
        <translation>མིང་ངམ་ཁ་པར།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation>རྒྱ་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>བོད་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>ཕོ་མོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>སྐྱེས་ལོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>ཁ་པར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party member</source>
        <translation>ཏང་ཡོན་ཡིན་མིན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>ལས་ཡུན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show former posts</source>
        <translation>སྔོན་གྱི་ལས་གནས་སྟོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person…</source>
        <translation>མི་ཁ་སྣོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone already recorded…</source>
        <translation>ཐོ་འགོད་ཟིན་པའི་མི་ཁ་སྣོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>རྩོམ་སྒྲིག…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from post</source>
        <translation>ལས་གནས་ནས་བསུབ་པ།</translation>
    </message>
</context>
<context>
    <name>Prefecture</name>
    <message>
        <location filename="../desktop/services/prefecture.py" line="+44"/>
        <source>No prefecture or county {unit} in this database.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིའི་ནང་ཁུལ་ལམ་རྫོང་ {unit} མེད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The overview is by county: name a prefecture or a county, not a township ({unit}).</source>
        <translation>སྤྱི་ཁོག་ནི་རྫོང་ལྟར་ཡིན། ཁུལ་ལམ་རྫོང་གི་མིང་འགོད་རོགས། ཤང་གྲོང་རྡལ་ ({unit}) མིན།</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../desktop/ui/problem_dialog.py" line="+125"/>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose the village the problem belongs to.</source>
        <translation>གནད་དོན་འདི་གཏོགས་པའི་གྲོང་ཚོ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add problem: {problem}</source>
        <translation>གནད་དོན་“{problem}”ཁ་སྣོན</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edit problem: {problem}</source>
        <translation>གནད་དོན་“{problem}”བཟོ་བཅོས</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This problem has changes that are not saved. Save them?</source>
        <translation>གནད་དོན་འདིར་ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས་ཡོད། ཉར་ཚགས་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New problem</source>
        <translation>གནད་དོན་གསར་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: {problem}</source>
        <translation>གནད་དོན། {problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to the ledger</source>
        <translation>ཐོ་དེབ་ཏུ་འགོད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>བཟོ་བཅོས་ཟིན་ཐོ…</translation>
    </message>
</context>
<context>
    <name>ProblemForm</name>
    <message>
        <location filename="../desktop/ui/problem_form.py" line="+233"/>
        <source>Choose the village</source>
        <translation>གྲོང་ཚོ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>མིང་ངམ་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(choose the village)</source>
        <translation>(གྲོང་ཚོ་འདེམས་རོགས།)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no aspect)</source>
        <translation>(ཕྱོགས་མེད།)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(choose)</source>
        <translation>(འདེམས་རོགས།)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect</source>
        <translation>ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakness types</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where exactly</source>
        <translation>འབྱུང་ཁུངས་ཞིབ་ཕྲ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date found</source>
        <translation>རྙེད་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible leader</source>
        <translation>འགན་འཁུར་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong, clearly enough to check when it is solved</source>
        <translation>ཐག་ཆོད་རྗེས་བསྡུར་ཞིབ་བྱེད་ཐུབ་པའི་ཚད་དུ་གནད་དོན་གསལ་པོར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection item, petition number, visit…</source>
        <translation>ཞིབ་བཤེར་ཚད་གཞི། ཞུ་གཏུག་གི་ཨང་རྟགས། ཐད་འཚམས།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-11-23</source>
        <translation>དཔེར་ན། 2026-11-23</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
</context>
<context>
    <name>ProblemHistoryPanel</name>
    <message>
        <location filename="../desktop/ui/problem_history_panel.py" line="+85"/>
        <source>Status: {status} since {date}</source>
        <translation>རྣམ་པ། {status} ({date} ནས་བཟུང་།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by {name}</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན། {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times reopened: {count}</source>
        <translation>ཡང་བསྐྱར་བྱུང་ཐེངས། {count}</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save a copy of the evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆའི་འདྲ་བཤུས་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History (newest first)</source>
        <translation>འགྱུར་ལྡོག་གི་ཟིན་ཐོ། (གསར་ཤོས་སྔོན་ལ།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>འགྱུར་ལྡོག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ཆེ་ཆུང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>ཁ་སྣོན་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>འདྲ་བཤུས་ཉར་ཚགས།…</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <location filename="../desktop/ui/problem_list_dialog.py" line="+62"/>
        <source>Copy all</source>
        <translation>ཚང་མ་འདྲ་བཤུས།</translation>
    </message>
</context>
<context>
    <name>ProblemMoveDialog</name>
    <message>
        <location filename="../desktop/ui/problem_move_dialog.py" line="+120"/>
        <source>Evidence for closing out</source>
        <translation>ཐོ་ནས་བསུབ་པའི་ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the date of this change.</source>
        <translation>འགྱུར་ལྡོག་འདིའི་ཚེས་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{move}: {problem}</source>
        <translation>{move} {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{problem}
“{now}” → “{to}”</source>
        <translation>{problem}
“{now}” → “{to}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required)</source>
        <translation>རྒྱུ་མཚན། (ངེས་པར་འབྲི་དགོས།)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, or why it goes back</source>
        <translation>བྱས་པའི་ལས་དོན་ནམ་ཕྱིར་སློག་པའི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (optional)</source>
        <translation>བྱས་པའི་ལས་དོན། (རང་མོས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>བསྡུར་ཞིབ་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who checked the result (name and unit)</source>
        <translation>གྲུབ་འབྲས་བསྡུར་ཞིབ་བྱེད་མཁན། (མིང་དང་ལས་ཁུངས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (at least one file)</source>
        <translation>ར་སྤྲོད་ཡིག་ཆ། (ཉུང་མཐར་ཡིག་ཆ་གཅིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation>ཡིག་ཆ་ཁ་སྣོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11-23</source>
        <translation>དཔེར་ན། 2026-11-23</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <location filename="../desktop/ui/problems_tab.py" line="+90"/>
        <source>No problems on the ledger for this village.</source>
        <translation>གྲོང་ཚོ་འདིའི་ཐོ་དེབ་ཏུ་གནད་དོན་མེད།</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category / aspect</source>
        <translation>རིགས་དང་ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>རྙེད་དུས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New problem…</source>
        <translation>གནད་དོན་གསར་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From inspection…</source>
        <translation>ཞིབ་བཤེར་ནས་ལེན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put failed items of a finalised inspection on the ledger</source>
        <translation>གཏན་འཁེལ་ཟིན་པའི་ཞིབ་བཤེར་གྱི་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་ཐོ་དེབ་ཏུ་འགོད།</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="+45"/>
        <source>Look in:</source>
        <translation>ལྟ་ས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>ཡིག་ཆའི་མིང་།(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>ཡིག་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>ཁ་འབྱེད།(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>ཉར་ཚགས།(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-19"/>
        <source>&amp;Undo</source>
        <translation>ཕྱིར་འཐེན།(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>དྲས་གཏུབ།(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>འདྲ་བཤུས།(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>སྦྱར་བ།(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ཚང་མ་འདེམས།</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>གཏན་འཁེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>ཚང་མ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>ཡིན།(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>ཚང་མ་ཡིན།(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>མིན།(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>ཚང་མ་མིན།(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>མཚམས་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>ཡང་བསྐྱར་ཚོད་ལྟ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>སྣང་མེད་དུ་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>ཉར་ཚགས་མི་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>ཉར་ཚགས་མི་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>ཉར་ཚགས་མ་བྱས་པར་ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>རོགས་རམ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>བེད་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>སོར་སློག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>སོར་བཞག་སླར་གསོ།</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>ཕྱིར་འཐེན།(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>དྲས་གཏུབ།(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>འདྲ་བཤུས།(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>སྦྱར་བ།(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>ཚང་མ་འདེམས།</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; རྗེས་ལ་ལོག(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>མདུན་ལ་བསྐྱོད(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>ལེགས་གྲུབ(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>རོགས་རམ(&amp;H)</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../desktop/ui/rating_dialog.py" line="+130"/>
        <source>Write a year (2026) or a period (2026Q3, 2026-11H1).</source>
        <translation>ལོ་ (2026) ཡང་ན་དུས་ཡུན་ (2026Q3 དང་ 2026-11H1) འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Already rated {rating} by {who} on {date}; OK replaces it.</source>
        <translation>{who} ཡིས་ {date} ལ་རིམ་པ་གཏན་འབེབས་བྱས་ཟིན། {rating} “གཏན་འཁེལ།” མནན་ན་དེའི་ཚབ་བྱེད།</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+38"/>
        <source>Choose one of the four levels.</source>
        <translation>རིམ་པ་བཞི་ལས་གཅིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>rate {village} {rating} for {period}</source>
        <translation>{village} ({period}) ཡི་རིམ་པ་གཏན་འབེབས། {rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating: {village}</source>
        <translation>རིམ་པ་གཏན་འབེབས། {village}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year or period</source>
        <translation>ལོ་འམ་དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>e.g. 2026 or 2026Q3</source>
        <translation>དཔེར་ན། 2026 ཡང་ན་ 2026Q3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating history</source>
        <translation>རིམ་པ་གཏན་འབེབས་ཀྱི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
</context>
<context>
    <name>ReceivedVillagesModel</name>
    <message>
        <location filename="../desktop/ui/received_villages_model.py" line="+58"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>མཐའ་མའི་གཞི་གྲངས་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>འབྱོར་དུས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>ཟིན་ཐོའི་གྲངས།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>ད་དུང་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {sequence}</source>
        <translation>ཨང་{sequence}པ།</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="_missed_by_lupdate.py" line="+5"/>
        <source>Recovery key</source>
        <translation>སླར་གསོའི་ལྡེ་མིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key of the database</source>
        <translation>གཞི་གྲངས་མཛོད་ཀྱི་སླར་གསོའི་ལྡེ་མིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by (signature)</source>
        <translation>པར་འདེབས་མཁན། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by (signature)</source>
        <translation>ཉར་ཚགས་བྱེད་མཁན། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept where</source>
        <translation>ཉར་ས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>གཞི་གྲངས་མཛོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>ཡིག་སྣོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>བཟོས་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret: whoever has this sheet and a copy of the database can read everything in it.</source>
        <translation>གསང་རྒྱ་དམ་པོ་སྲུང་དགོས། ཤོག་བྱང་འདི་དང་གཞི་གྲངས་མཛོད་ཀྱི་འདྲ་བཤུས་ལག་ཏུ་ཡོད་མཁན་སུ་ཡིན་ཡང་། གཞི་གྲངས་མཛོད་ཀྱི་ནང་དོན་ཡོངས་རྫོགས་ཀློག་ཐུབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is for</source>
        <translation>སྤྱོད་སྒོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, its backups and its attachments are encrypted. Each user&apos;s password opens them. If every administrator&apos;s password is lost, this key opens the database and lets an administrator set a new password. It also opens a backup when the computer is lost: the backup folder holds the file recovery.keys that goes with it.</source>
        <translation>གཞི་གྲངས་མཛོད་དང་དེའི་གྲབས་ཉར། ཟུར་སྦྲེལ་བཅས་གསང་སྦས་བྱས་ཡོད། སྤྱོད་མཁན་རེ་རེས་རང་གི་གསང་ཨང་གིས་དེ་དག་ཁ་འབྱེད་ཐུབ། མ་ལག་དོ་དམ་པ་ཚང་མའི་གསང་ཨང་བོར་ན། ལྡེ་མིག་འདིས་གཞི་གྲངས་མཛོད་ཁ་ཕྱེ་ནས་མ་ལག་དོ་དམ་པ་ཞིག་གིས་གསང་ཨང་གསར་པ་སྒྲིག་ཐུབ། གློག་ཀླད་བོར་བའི་སྐབས་སུའང་ལྡེ་མིག་འདིས་གྲབས་ཉར་ཁ་འབྱེད་ཐུབ། གྲབས་ཉར་ཡིག་སྣོད་ནང་དེ་དང་ཆ་འགྲིག་པའི་ཡིག་ཆ་ recovery.keys ཡོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use it</source>
        <translation>བེད་སྤྱོད་ཐབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At sign-in choose &quot;Forgot every password? Use the recovery key&quot; and type the eight groups of six digits (a mistyped group is named), then an administrator&apos;s login name and a new password. On the command line: villagedesk recover --recovery-key DIGITS --user LOGIN.</source>
        <translation>ནང་འཛུལ་སྐབས་“གསང་ཨང་ཚང་མ་བརྗེད་སོང་ངམ། སླར་གསོའི་ལྡེ་མིག་བེད་སྤྱོད།” འདེམས་ནས་ཨང་ཀི་དྲུག་རེའི་ཚོ་བརྒྱད་འཇུག་དགོས། (ནོར་བའི་ཚོ་གང་ཡིན་གསལ་བསྟན་བྱེད།) དེ་རྗེས་མ་ལག་དོ་དམ་པ་ཞིག་གི་ནང་འཛུལ་མིང་དང་གསང་ཨང་གསར་པ་འཇུག་དགོས། བཀའ་བརྡ་བཀོལ་ན། villagedesk recover --recovery-key DIGITS --user LOGIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to keep it</source>
        <translation>ཉར་ཚགས་ཀྱི་བླང་བྱ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it locked away and apart from the computer and the backup drive, as you keep the unit&apos;s seal: in the office safe, or sealed in an envelope with the unit&apos;s records. Do not photograph it, copy it into a computer or send it in a message.</source>
        <translation>ལས་ཁུངས་ཀྱི་ཐམ་ག་ཉར་བ་ལྟར་ཤོག་བྱང་འདི་ཟྭ་བརྒྱབ་ནས་ཉར་ཞིང་། གློག་ཀླད་དང་གྲབས་ཉར་སྡུད་སྡེར་དང་ཁ་གྲལ་དུ་ཉར་དགོས། དཔེར་ན། ལས་ཁང་གི་ལྕགས་སྒམ་ནང་ཉར་བའམ། ཡང་ན་ཡིག་ཤུབས་ནང་བཅུག་སྟེ་ཁ་རྒྱ་བརྒྱབ་ནས་ལས་ཁུངས་ཀྱི་ཡིག་ཚགས་དང་མཉམ་དུ་ཉར་དགོས། པར་མ་རྒྱག གློག་ཀླད་ནང་མ་འཇུག བརྡ་འཕྲིན་བརྒྱུད་ནས་མ་གཏོང་།</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/recovery_dialog.py" line="+120"/>
        <source>Group {number} is mistyped: check its 6 digits against the sheet.</source>
        <translation>ཚོ་{number}པ་བྲིས་ནོར་འདུག ཤོག་བྱང་སྟེང་གི་ཨང་ཀི་ 6 དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups {numbers} are mistyped: check them against the sheet.</source>
        <translation>ཚོ་ཨང་ {numbers} བྲིས་ནོར་འདུག ཤོག་བྱང་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All 8 groups are typed correctly.</source>
        <translation>ཚོ་བརྒྱད་པོ་ཚང་མ་ནོར་མེད་དུ་བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {groups} groups typed.</source>
        <translation>ཚོ་ {groups} ལས་ {done} བྲིས་ཟིན།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords are not the same.</source>
        <translation>ཐེངས་གཉིས་ལ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open with the recovery key — VillageDesk</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གིས་ཁ་འབྱེད། — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the recovery key</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གིས་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 48 digits of the recovery sheet printed when the database {name} was encrypted. Then name an administrator&apos;s login and choose a new password for it: you are signed in with it, and the administrator can reset everyone else&apos;s password.</source>
        <translation>གཞི་གྲངས་མཛོད་ {name} ལ་གསང་སྦས་བྱས་སྐབས་པར་བརྒྱབ་པའི་སླར་གསོའི་ལྡེ་མིག་གི་ཤོག་བྱང་སྟེང་གི་ཨང་ཀི་ 48 འབྲི་རོགས། དེ་རྗེས་མ་ལག་དོ་དམ་པ་ཞིག་གི་ནང་འཛུལ་མིང་འབྲི་བ་དང་། དེའི་ཆེད་དུ་གསང་ཨང་གསར་པ་ཞིག་གཏན་འཁེལ་བྱེད་རོགས། ཐོ་ཁོངས་དེའི་ཐོག་ནས་ཁྱེད་ནང་འཛུལ་བྱེད་ངེས། མ་ལག་དོ་དམ་པས་མི་གཞན་ཚང་མའི་གསང་ཨང་བསྐྱར་སྒྲིག་བྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>སླར་གསོའི་ལྡེ་མིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator&apos;s login</source>
        <translation>མ་ལག་དོ་དམ་པའི་ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>གསང་ཨང་གསར་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>གསང་ཨང་གསར་པ་ཡང་བསྐྱར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../desktop/ui/recovery_sheet_dialog.py" line="+189"/>
        <source>The sheet was sent to the printer. Check that it came out and is readable.</source>
        <translation>ཤོག་བྱང་དེ་པར་འཁོར་ལ་བསྐུར་ཟིན། པར་བརྒྱབ་སྟེ་ཐོན་ཡོད་མེད་དང་། གསལ་པོར་ཀློག་ཐུབ་མིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recovery-key-{name}.pdf</source>
        <translation>སླར་གསོའི་ལྡེ་མིག-{name}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་གི་ཤོག་བྱང་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet could not be saved to {path}: {reason}</source>
        <translation>ཤོག་བྱང་དེ་ {path} ལ་ཉར་ཚགས་བྱེད་མ་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}. Print it, or copy it to a USB stick kept away from this computer.</source>
        <translation>{path} ལ་ཉར་ཚགས་བྱས་ཟིན། དེ་པར་དུ་བརྒྱབ་པའམ། ཡང་ན་གློག་ཀླད་འདི་དང་ཁ་གྲལ་དུ་ཉར་བའི་U སྡེར་ཞིག་ལ་འདྲ་བཤུས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recovery key</source>
        <translation>སླར་གསོའི་ལྡེ་མིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you printed or saved the recovery key? It is not shown again: without it and without a password nobody can open this database.</source>
        <translation>སླར་གསོའི་ལྡེ་མིག་པར་དུ་བརྒྱབ་པའམ་ཉར་ཚགས་བྱས་ཟིན་ནམ། དེ་ཡང་བསྐྱར་སྟོན་རྒྱུ་མེད། དེ་དང་གསང་ཨང་གཉིས་ཀ་མེད་ན་སུས་ཀྱང་གཞི་གྲངས་མཛོད་འདི་ཁ་འབྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it is kept</source>
        <translation>ཡིན། ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, go back</source>
        <translation>མིན། ཕྱིར་ལོག</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key — VillageDesk</source>
        <translation>སླར་གསོའི་ལྡེ་མིག — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted. This is its recovery key:</source>
        <translation>གཞི་གྲངས་མཛོད་ལ་གསང་སྦས་བྱས་ཟིན། འདི་ནི་དེའི་སླར་གསོའི་ལྡེ་མིག་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If every password is forgotten, these 48 digits are the only way to open the database {name}. They are shown only now.</source>
        <translation>གསང་ཨང་ཚང་མ་བརྗེད་ན། ཨང་ཀི་ 48 འདི་དག་ནི་གཞི་གྲངས་མཛོད་ {name} ཁ་འབྱེད་པའི་ཐབས་ལམ་གཅིག་པུ་ཡིན། དེ་དག་ད་ལྟ་ཁོ་ནར་སྟོན་གྱི་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sheet or save it as a PDF, or write the digits down by hand. Keep it locked away, not with the computer: whoever has it and the computer can read everything.</source>
        <translation>ཤོག་བྱང་འདི་པར་དུ་བརྒྱབ་པའམ་ PDF ཡིག་ཆར་ཉར་ཚགས་བྱེད་རོགས། ཡང་ན་ཨང་ཀི་རྣམས་ལག་བྲིས་བྱེད་རོགས། དེ་གློག་ཀླད་དང་མཉམ་དུ་མ་ཉར་བར་ཟྭ་བརྒྱབ་ནས་ཉར་རོགས། དེ་དང་གློག་ཀླད་གཉིས་ཀ་ལག་ཏུ་ཐོབ་མཁན་སུ་ཡིན་ཡང་ནང་དོན་ཚང་མ་ཀློག་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These accounts cannot sign in until you reset their passwords (Account → Users…): {logins}</source>
        <translation>ཁྱེད་ཀྱིས་གསང་ཨང་བསྐྱར་སྒྲིག་ (ཐོ་ཁོངས → སྤྱོད་མཁན།…) མ་བྱས་བར་དུ་ཐོ་ཁོངས་འདི་དག་གིས་ནང་འཛུལ་བྱེད་མི་ཐུབ། {logins}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>PDF ཡིག་ཆར་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or saved it</source>
        <translation>པར་བརྒྱབ་པའམ་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="+151"/>
        <source>Sheet</source>
        <translation>ལས་ཤོག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>ཕྲེང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>སྟར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>སྟར་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../desktop/ui/report_dialog.py" line="+187"/>
        <source>Building the report…</source>
        <translation>སྙན་ཞུ་བཟོ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. No report was made.</source>
        <translation>འདོར་ཟིན། སྙན་ཞུ་བཟོས་མེད།</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Fonts saved. Build the report again.</source>
        <translation>ཡིག་གཟུགས་ཉར་ཚགས་བྱས་ཟིན། སྙན་ཞུ་བསྐྱར་དུ་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print a report</source>
        <translation>སྙན་ཞུ་པར་འདེབས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>སྙན་ཞུ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed in</source>
        <translation>པར་འདེབས་སྐད་ཡིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>ཁྱབ་ཁོངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build and preview</source>
        <translation>བཟོས་ནས་སྔོན་ལྟ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report fonts…</source>
        <translation>སྙན་ཞུའི་ཡིག་གཟུགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the problems the ledger list shows (its filters)</source>
        <translation>ཐོ་དེབ་ཀྱི་ཐོ་གཞུང་ནང་མངོན་པའི་གནད་དོན་ཁོ་ན། (དེའི་འཚག་རྒྱག་ལྟར།)</translation>
    </message>
</context>
<context>
    <name>ReportFontRow</name>
    <message>
        <location filename="../desktop/ui/report_font_row.py" line="+94"/>
        <source>No font found on this computer</source>
        <translation>གློག་ཀླད་འདིར་ཡིག་གཟུགས་མ་རྙེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {family} ({path})</source>
        <translation>བདམས་ཟིན། {family} ({path})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on this computer: {family} ({path})</source>
        <translation>གློག་ཀླད་འདིར་རྙེད་པ། {family} ({path})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tibetan</source>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latin letters and digits</source>
        <translation>ལ་ཏིན་ཡིག་འབྲུ་དང་ཨང་ཀི།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a font file…</source>
        <translation>ཡིག་གཟུགས་ཡིག་ཆ་འདེམས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system font</source>
        <translation>མ་ལག་ཡིག་གཟུགས་བེད་སྤྱོད།</translation>
    </message>
</context>
<context>
    <name>ReportFontsDialog</name>
    <message>
        <location filename="../desktop/ui/report_fonts_dialog.py" line="+92"/>
        <source>Choose a font file</source>
        <translation>ཡིག་གཟུགས་ཡིག་ཆ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Font files (*.ttf *.ttc *.otf *.TTF *.TTC *.OTF)</source>
        <translation>ཡིག་གཟུགས་ཡིག་ཆ། (*.ttf *.ttc *.otf *.TTF *.TTC *.OTF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>ཡིག་ཆ་ཡོངས། (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report fonts</source>
        <translation>སྙན་ཞུའི་ཡིག་གཟུགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed reports set each script in its own font. By default they use fonts found on this computer; choose a TrueType file (.ttf, .ttc) to print in another. Only the letters a report uses are put into its PDF.</source>
        <translation>པར་འདེབས་སྙན་ཞུའི་ནང་ཡི་གེའི་རིགས་རེ་རེར་རང་གི་ཡིག་གཟུགས་བེད་སྤྱོད་བྱེད། སོར་བཞག་ཏུ་གློག་ཀླད་འདིར་རྙེད་པའི་ཡིག་གཟུགས་བེད་སྤྱོད་བྱེད། ཡིག་གཟུགས་གཞན་ཞིག་གིས་པར་འདེབས་བྱེད་ན་ TrueType ཡིག་ཆ་ (.ttf, .ttc) ཞིག་འདེམས་རོགས། སྙན་ཞུ་ཞིག་གིས་བེད་སྤྱོད་བྱས་པའི་ཡིག་འབྲུ་ཁོ་ན་དེའི་ PDF ནང་འཇུག</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../desktop/ui/report_menu.py" line="+49"/>
        <source>Re&amp;ports</source>
        <translation>སྙན་ཞུ།(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>སྒྲིག་འགོད།(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་རེའུ་མིག་པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village dossier…</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger report…</source>
        <translation>གནད་དོན་ཐོ་དེབ་ཀྱི་སྙན་ཞུ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township summary…</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་བསྡོམས་རྩིས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview…</source>
        <translation>རྫོང་གི་སྤྱིའི་གནས་ཚུལ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report fonts…</source>
        <translation>སྙན་ཞུའི་ཡིག་གཟུགས།…</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../desktop/ui/report_preview.py" line="+119"/>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page {page} of {pages}</source>
        <translation>ཤོག་ངོས་ {pages} ལས་ཤོག་ངོས་{page}པ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report as PDF</source>
        <translation>སྙན་ཞུ་ PDF ཡིག་ཆར་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save report</source>
        <translation>སྙན་ཞུ་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to {path}: {reason}. Nothing was written there; choose another folder or free some space.</source>
        <translation>སྙན་ཞུ་ {path} ལ་ཉར་ཚགས་བྱེད་མི་ཐུབ། {reason} དེར་ཅི་ཡང་བྲིས་མེད། ཡིག་སྣོད་གཞན་ཞིག་འདེམས་པའམ་གསོག་སྡེར་གྱི་བར་སྟོང་ཅུང་ཟད་སྟོང་པར་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Printing…</source>
        <translation>པར་འདེབས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Print</source>
        <translation>པར་འདེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing was cancelled; pages already sent may still come out of the printer.</source>
        <translation>པར་འདེབས་འདོར་ཟིན། པར་འཁོར་ལ་བསྐུར་ཟིན་པའི་ཤོག་ངོས་ད་དུང་པར་དུ་བརྒྱབ་སྟེ་ཐོན་སྲིད།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: {title}</source>
        <translation>སྔོན་ལྟ། {title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>ཞེང་ཚད་ལ་བསྟུན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole page</source>
        <translation>ཤོག་ངོས་ཧྲིལ་པོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as PDF…</source>
        <translation>PDF ཡིག་ཆར་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>ཆུང་རུ་གཏོང་། (Ctrl+ཙི་གུའི་འཁོར་ལོ།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>ཆེ་རུ་གཏོང་། (Ctrl+ཙི་གུའི་འཁོར་ལོ།)</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../desktop/ui/pdf_pages.py" line="+44"/>
        <source>The PDF {path} cannot be read: {reason}</source>
        <translation>PDF ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The PDF {path} is closed.</source>
        <translation>PDF ཡིག་ཆ་ {path} ཁ་བརྒྱབ་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_printing.py" line="+68"/>
        <source>The chosen pages are not in this report of {count} pages.</source>
        <translation>བདམས་པའི་ཤོག་ངོས་སྙན་ཞུ་འདིའི་ནང་མི་འདུག (སྙན་ཞུ་འདིར་ཤོག་ངོས་ {count} ལས་མེད།)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer {printer} could not be started.</source>
        <translation>པར་འཁོར་ {printer} འགོ་འཛུགས་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing page {page} of {pages}…</source>
        <translation>ཤོག་ངོས་ {pages} ལས་ཤོག་ངོས་{page}པ་པར་འདེབས་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer stopped taking pages.</source>
        <translation>པར་འཁོར་གྱིས་ཤོག་ངོས་ལེན་པ་མཚམས་བཞག</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../desktop/ui/report_scope.py" line="+92"/>
        <source>Choose the village</source>
        <translation>གྲོང་ཚོ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>མིང་ངམ་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No village chosen yet</source>
        <translation>ད་དུང་གྲོང་ཚོ་བདམས་མེད།</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>All villages</source>
        <translation>གྲོང་ཚོ་ཡོངས།</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/services/pdf/document.py" line="+138"/>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>སྙན་ཞུ་ {path} ལ་འབྲི་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/pdf/fonts.py" line="+133"/>
        <source>No Tibetan font for printing was found. Install Noto Serif Tibetan (Debian: fonts-noto-core) or Tibetan Machine Uni (fonts-tibetan-machine); Windows has Microsoft Himalaya. Or choose a font file under Settings, Report fonts.</source>
        <translation>པར་འདེབས་ལ་སྤྱོད་རྒྱུའི་བོད་ཡིག་གི་ཡིག་གཟུགས་མ་རྙེད། Noto Serif Tibetan (Debian: fonts-noto-core) ཡང་ན་ Tibetan Machine Uni (fonts-tibetan-machine) སྒྲིག་འཇུག་གནང་རོགས། Windows ལ་ Microsoft Himalaya ཡོད། ཡང་ན་“སྒྲིག་འགོད། &gt; སྙན་ཞུའི་ཡིག་གཟུགས།”ནང་ནས་ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Chinese font for printing was found. Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei); Windows has Microsoft YaHei and SimSun. Or choose a font file under Settings, Report fonts.</source>
        <translation>པར་འདེབས་ལ་སྤྱོད་རྒྱུའི་རྒྱ་ཡིག་གི་ཡིག་གཟུགས་མ་རྙེད། WenQuanYi Micro Hei (Debian: fonts-wqy-microhei) སྒྲིག་འཇུག་གནང་རོགས། Windows ལ་ Microsoft YaHei དང་ SimSun ཡོད། ཡང་ན་“སྒྲིག་འགོད། &gt; སྙན་ཞུའི་ཡིག་གཟུགས།”ནང་ནས་ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No font with digits and Latin letters was found. Install DejaVu Sans (Debian: fonts-dejavu-core) or choose a font file under Settings, Report fonts.</source>
        <translation>ཨང་ཀི་དང་ལ་ཏིན་ཡིག་འབྲུ་ཡོད་པའི་ཡིག་གཟུགས་མ་རྙེད། DejaVu Sans (Debian: fonts-dejavu-core) སྒྲིག་འཇུག་གནང་རོགས། ཡང་ན་“སྒྲིག་འགོད། &gt; སྙན་ཞུའི་ཡིག་གཟུགས།”ནང་ནས་ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The font file {path} cannot be used for printing: {reason}</source>
        <translation>ཡིག་གཟུགས་ཡིག་ཆ་ {path} པར་འདེབས་ལ་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The font file {path} has no {script} characters.</source>
        <translation>ཡིག་གཟུགས་ཡིག་ཆ་ {path} ནང་ {script} མི་འདུག</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tibetan</source>
        <translation>བོད་ཡིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>རྒྱ་ཡིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin and digit</source>
        <translation>ལ་ཏིན་ཡིག་འབྲུ་དང་ཨང་ཀི</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chosen font file {path} is not there any more. Choose another under Settings, Report fonts.</source>
        <translation>བདམས་པའི་ཡིག་གཟུགས་ཡིག་ཆ་ {path} ད་ལྟ་མི་འདུག “སྒྲིག་འགོད། &gt; སྙན་ཞུའི་ཡིག་གཟུགས།”ནང་ནས་གཞན་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/__init__.py" line="+39"/>
        <location filename="_missed_by_lupdate.py" line="+86"/>
        <source>Plan form (one village, one plan)</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་རེའུ་མིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/reports/dossier.py" line="+43"/>
        <location filename="_missed_by_lupdate.py" line="-78"/>
        <source>Village dossier</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="+66"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="+35"/>
        <source>Township summary</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་བསྡོམས་རྩིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="-108"/>
        <source>County overview</source>
        <translation>རྫོང་གི་སྤྱིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no report called {kind}. Reports: {kinds}.</source>
        <translation>{kind} ཟེར་བའི་སྙན་ཞུ་མེད། སྙན་ཞུའི་རིགས་ནི་ {kinds} ཡིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report is printed in zh_CN, bo_CN or both, not {language}.</source>
        <translation>སྙན་ཞུའི་སྐད་ཡིག་ནི་ zh_CN དང་ bo_CN ཡང་ན་ both ཡིན་དགོས། {language} མི་ཆོག</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/common.py" line="+73"/>
        <source>This report is about one village: say which.</source>
        <translation>སྙན་ཞུ་འདི་གྲོང་ཚོ་གཅིག་གི་ཆེད་ཡིན། གྲོང་ཚོ་གང་ཡིན་གསལ་བཤད་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None recorded.</source>
        <translation>ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/dossier_campaign.py" line="+52"/>
        <source>Failed items of the inspection of {period}</source>
        <translation>{period} ཡི་ཞིབ་བཤེར་གྱི་ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{year}: round {round}, {status}</source>
        <translation>{year}ལོ། སྐོར་{round}པ། {status}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Campaign status: {status}</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ། {status}</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/figures.py" line="+127"/>
        <source>There is no township {key}. Townships: {names}.</source>
        <translation>ཤང་གྲོང་རྡལ་ {key} མེད། ཡོད་པའི་ཤང་གྲོང་རྡལ་ནི་ {names} ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no county {key}. Counties: {names}.</source>
        <translation>རྫོང་ {key} མེད། ཡོད་པའི་རྫོང་ནི་ {names} ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no township or county {key}. Units: {names}.</source>
        <translation>ཤང་གྲོང་རྡལ་ལམ་རྫོང་ {key} མེད། ཡོད་པའི་ཤང་གྲོང་རྡལ་དང་རྫོང་ནི་ {names} ཡིན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/ledger_report.py" line="+53"/>
        <location line="+30"/>
        <source>{value} is not a {option}. Use one of: {values}.</source>
        <translation>{value} ནི་ {option} ལ་སྤྱོད་མི་ཆོག {values} ནང་ནས་གཅིག་བེད་སྤྱོད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/plan_form.py" line="+50"/>
        <source>{village} has no plan yet. Draft the village&apos;s plan first.</source>
        <translation>{village} ལ་ད་དུང་འཆར་གཞི་མེད། སྔོན་ལ་གྲོང་ཚོ་དེའི་འཆར་གཞིའི་ཟིན་བྲིས་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rectification plan of the village Party organisation (one village, one plan)</source>
        <translation>གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་གི་འཆར་གཞི། (གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།)</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../desktop/services/reports/sheet.py" line="+27"/>
        <location filename="_missed_by_lupdate.py" line="+52"/>
        <source>No.</source>
        <translation>ཨང་རིམ།</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="_missed_by_lupdate.py" line="+19"/>
        <source>The plan has no items yet.</source>
        <translation>འཆར་གཞིའི་ནང་ད་དུང་དོན་ཚན་མེད།</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/summary_tables.py" line="+26"/>
        <source>Not assessed</source>
        <translation>གདེང་འཇོག་མ་བྱས།</translation>
    </message>
    <message>
        <location filename="_missed_by_lupdate.py" line="-88"/>
        <source>Page {page} of {pages}</source>
        <translation>ཤོག་ངོས་ {pages} ལས་ཤོག་ངོས་{page}པ།</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting</source>
        <translation>བསྡོམས་རྩིས་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview of the rectification of weak village Party organisations</source>
        <translation>རྫོང་ཡོངས་ཀྱི་ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་གི་སྤྱིའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour, per township</source>
        <translation>ཤང་གྲོང་རྡལ་རེ་རེའི་ཉེན་བརྡའི་ཁ་དོག་སོ་སོའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{villages} villages in {townships} townships, {weak} of them weak; {campaign} in the campaign, {converted} converted.</source>
        <translation>ཤང་གྲོང་རྡལ་{townships} ནང་གྲོང་ཚོ་{villages} ཡོད་པ་ལས་ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོ་{weak} ཡོད། ལེགས་སྒྲིག་བྱེད་པའི་གྲོང་ཚོ་{campaign} དང་ཞན་ཆ་བསྒྱུར་ཟིན་པ་{converted} ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>ཕོ་མོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>སྐྱེས་ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>སློབ་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>ལས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and posts</source>
        <translation>མི་དང་ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support arrangements</source>
        <translation>རོགས་སྐྱོར་གྱི་གོ་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective economy income</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating history</source>
        <translation>རིམ་པ་གཏན་འབེབས་ཀྱི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code</source>
        <translation>གྲོང་ཚོའི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>དུད་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness types</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning colour</source>
        <translation>ཉེན་བརྡའི་ཁ་དོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign status</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic facts</source>
        <translation>གཞི་རྩའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit or enterprise</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས་སམ་ཁེ་ལས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired strong village</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་བྱེད་པའི་གྲོང་ཚོ་སྟོབས་ཆེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (yuan)</source>
        <translation>ཡོང་འབབ། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>གཏན་འབེབས་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan (one village, one plan)</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>ཁ་དོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>ཐོབ་སྐར་བརྒྱ་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>ཉེན་བརྡའི་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspect</source>
        <translation>ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>རྙེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>འགན་འཁུར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems on the ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>རོགས་སྐྱོར་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>བྱས་པའི་ལས་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>གྲངས་ཀ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support log</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries; support funds {funds} yuan; {projects} projects worth {project} yuan; {trained} people trained.</source>
        <translation>ཁྱོན་བསྡོམས་ཟིན་ཐོ་{count}། རོགས་སྐྱོར་མ་དངུལ་སྒོར་{funds}། རོགས་སྐྱོར་ལས་གཞི་{projects} (སྒོར་{project})། སྦྱོང་བརྡར་ཐེབས་པའི་མི་{trained}།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>གདེང་འཇོག་གི་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>མཇུག་འབྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance reviews</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>མི་{n}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} yuan</source>
        <translation>སྒོར་{amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {score}</source>
        <translation>ཐོབ་སྐར་ {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} satisfied</source>
        <translation>ཡིད་ཚིམ་ཚད་{share}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item failed.</source>
        <translation>ཚད་ལ་མ་སླེབས་པའི་རྣམ་གྲངས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village representatives&apos; meeting {date}: {present} of {expected} present; {resolution}</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུ། {date} ཞུགས་དགོས་པ་{expected} ལས་ཞུགས་པ་{present}། {resolution}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem ledger of the rectification of weak village Party organisations</source>
        <translation>ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་གི་གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ་ཀློག་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened at least once: {reopened}. A tinted deadline is overdue.</source>
        <translation>ཉུང་མཐར་ཐེངས་གཅིག་ཡང་བསྐྱར་བྱུང་བའི་གནད་དོན། {reopened}། དུས་བཀག་ལ་ཁ་དོག་བྱུགས་ཡོད་ན་དུས་བཀག་ལས་བརྒལ་ཟིན་པ་ཡིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category / aspect</source>
        <translation>རིགས་དང་ཕྱོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>འབྱུང་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on</source>
        <translation>རྙེད་དུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem on the ledger matches.</source>
        <translation>གནད་དོན་ཐོ་དེབ་ནང་ཆ་རྐྱེན་དང་མཐུན་པའི་གནད་དོན་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days overdue</source>
        <translation>དུས་བཀག་ལས་ཉིན་{days} བརྒལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village Party secretary (signature)</source>
        <translation>གྲོང་ཚོའི་ཀྲི་པུའི་ཧྲུའུ་ཅི། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township Party committee leader (signature)</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་ཏང་ཨུའི་འགན་འཛིན་པ། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives (signatures)</source>
        <translation>གྲོང་མིའི་འཐུས་མི། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan year</source>
        <translation>འཆར་གཞིའི་ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>སྐོར་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>ཞིབ་བཤེར་གྱི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted on</source>
        <translation>ཟིན་བྲིས་བཟོས་པའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the county on</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by the county on</source>
        <translation>རྫོང་རིམ་ཞིབ་བཤེར་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the meeting</source>
        <translation>ཚོགས་འདུའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (present / expected)</source>
        <translation>ཚོགས་འདུར་ཞུགས་མི། (ཞུགས་པ། / ཞུགས་དགོས་པ།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution of the meeting</source>
        <translation>ཚོགས་འདུའི་གྲོས་ཆོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found</source>
        <translation>རྙེད་པའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ཐག་མ་ཆོད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>ཐག་ཆོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>ཐོ་ནས་བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>དུས་བཀག་ལས་བརྒལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak villages</source>
        <translation>ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans approved</source>
        <translation>འཆར་གཞི་ཞུས་བཤེར་གཏན་འབེབས་ཟིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>ཞན་ཆ་བསྒྱུར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>ཁྱོན་བསྡོམས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township summary of the rectification of weak village Party organisations</source>
        <translation>ཞན་ཞིང་ལྷོད་ཡེངས་ཀྱི་གྲོང་ཚོའི་ཏང་རྩ་འཛུགས་ལེགས་སྒྲིག་གི་ཤང་གྲོང་རྡལ་གྱི་བསྡོམས་རྩིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found by category</source>
        <translation>རྙེད་པའི་གནད་དོན་རིགས་ལྟར་བསྡོམས་རྩིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue problems</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported solved</source>
        <translation>ཐག་ཆོད་ཟིན་པར་སྙན་ཞུ་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའི་ཉིན་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages in the campaign</source>
        <translation>ལེགས་སྒྲིག་བྱེད་པའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan yet</source>
        <translation>ད་དུང་འཆར་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activities</source>
        <translation>རོགས་སྐྱོར་བྱ་འགུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support funds (yuan)</source>
        <translation>རོགས་སྐྱོར་མ་དངུལ། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>རོགས་སྐྱོར་ལས་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>སྦྱོང་བརྡར་ཐོབ་པའི་མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems per month</source>
        <translation>ཟླ་རེ་རེའི་གནད་དོན་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem is overdue.</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའི་གནད་དོན་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour, per period</source>
        <translation>དུས་ཡུན་རེ་རེའི་ཉེན་བརྡའི་ཁ་དོག་སོ་སོའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems recorded yet.</source>
        <translation>ད་དུང་གནད་དོན་ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../desktop/ui/revoke_dialog.py" line="+80"/>
        <source>Revoke an installation</source>
        <translation>མཐའ་སྣེ་ཆ་མེད་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke {name} ({unit}, fingerprint {fingerprint})?</source>
        <translation>{name} ({unit} མཛུབ་རིས་ཨང་གྲངས་ {fingerprint}) ཆ་མེད་གཏོང་རྒྱུ་ཡིན་ནམ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From now on its bundles are refused here, and the county&apos;s next bundles tell the other installations. Do this when the computer was lost or stolen. It cannot be undone: the installation must make new keys and be enrolled again.</source>
        <translation>ད་ནས་བཟུང་དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་འདིར་དང་ལེན་མི་བྱེད། རྫོང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་རྗེས་མ་རྣམས་ཀྱིས་མཐའ་སྣེ་གཞན་དག་ལ་བརྡ་ཁྱབ་བྱེད། གློག་ཀླད་བོར་བའམ་རྐུ་ཤོར་བའི་སྐབས་འདི་ལྟར་བྱེད་རོགས། འདི་ཕྱིར་འཐེན་བྱེད་མི་ཐུབ། མཐའ་སྣེ་དེས་གསང་ལྡེ་གསར་པ་བཟོས་ནས་ཡང་བསྐྱར་ཐོ་འགོད་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: laptop stolen on 3 May</source>
        <translation>དཔེར་ན། ཟླ་5ཚེས་3ཉིན་ལག་ཁྱེར་གློག་ཀླད་རྐུ་ཤོར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>ཆ་མེད་གཏོང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../desktop/core/roster.py" line="+71"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Division code</source>
        <translation>ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village name (Chinese)</source>
        <translation>གྲོང་ཚོའི་མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village name (Tibetan)</source>
        <translation>གྲོང་ཚོའི་མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village or community</source>
        <translation>གྲོང་ཚོའམ་སྡེ་ཁུལ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>དུད་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party organisation</source>
        <translation>ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of weakness</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired unit</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village note</source>
        <translation>གྲོང་ཚོའི་མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Chinese)</source>
        <translation>མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Tibetan)</source>
        <translation>མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>ཕོ་མོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>མི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>སྐྱེས་དུས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>ལོ་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card number</source>
        <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>སློབ་ཚད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party member</source>
        <translation>ཏང་ཡོན་ཡིན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>ཁ་པར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term start</source>
        <translation>ལས་ཡུན་འགོ་ཚུགས་དུས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term end</source>
        <translation>ལས་ཡུན་མཇུག་སྒྲིལ་དུས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>ལས་ཡུན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not imported</source>
        <translation>ནང་འདྲེན་མ་བྱས་པའི་རྒྱུ་མཚན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>ཨང་རིམ།</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>There is no such day: {text}.</source>
        <translation>ཚེས་གྲངས་དེ་ལྟ་བུ་མེད། {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date; write it as 2024-03-05 or 2024年3月5日.</source>
        <translation>{text} ནི་ཚེས་གྲངས་མིན། 2024-03-05 ཡང་ན་ 2024.3.5 ལྟ་བུར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{value} is not a number between 0 and {maximum}.</source>
        <translation>{value} ནི་ 0 ནས་ {maximum} བར་གྱི་གྲངས་ཀ་མིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} is not a whole number such as 1250.</source>
        <translation>{text} ནི་ 1250 ལྟ་བུའི་ཧྲིལ་གྲངས་མིན།</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+184"/>
        <location filename="../desktop/core/roster_plan.py" line="+708"/>
        <location filename="../desktop/services/excel_export_villages.py" line="-5"/>
        <source>Yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+184"/>
        <location filename="../desktop/core/roster_plan.py" line="+0"/>
        <location filename="../desktop/services/excel_export_villages.py" line="+0"/>
        <source>No</source>
        <translation>མིན།</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>{text} is not one of: {choices}.</source>
        <translation>{text} ནི་གདམ་ག་འདི་དག་གི་ནང་ནས་གཅིག་མིན། {choices}།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} is not a type of weakness (软, 乱, 散, 弱, 穷).</source>
        <translation>{text} ནི་ཞན་ཆའི་རིགས་ (ཞན། འཁྲུག ལྷོད། ཉམ་ཆུང་། དབུལ།) ཞིག་མིན།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{text} is not a post this roster knows, such as 党支部书记 or 村委会主任.</source>
        <translation>{text} ནི་མིང་ཐོ་འདིས་ངོས་འཛིན་ཐུབ་པའི་ལས་གནས་མིན། (དཔེར་ན། གྲོང་ཚོའི་ཀྲི་པུའི་ཧྲུའུ་ཅི་དང་གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང་གི་ཀྲུའུ་རེན།)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{text} is not 是 or 否 (yes or no).</source>
        <translation>{text} ནི་“ཡིན”དང་“མིན”གང་ཡང་མིན།</translation>
    </message>
    <message>
        <location filename="../desktop/core/roster_plan.py" line="-453"/>
        <source>Several townships are named {name}.</source>
        <translation>{name} ཞེས་པའི་ཤང་གྲོང་རྡལ་མང་པོ་འདུག</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Which village? The row has neither the village&apos;s code nor its name.</source>
        <translation>གྲོང་ཚོ་གང་ཡིན་ནམ། ཕྲེང་འདིར་གྲོང་ཚོའི་ཨང་རྟགས་དང་མིང་གཉིས་ཀ་མེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The village {name} is not in the database yet: give its township to add it.</source>
        <translation>གཞི་གྲངས་མཛོད་ནང་གྲོང་ཚོ་ {name} ད་དུང་མེད། ཁ་སྣོན་བྱེད་པར་དེ་གཏོགས་པའི་ཤང་གྲོང་རྡལ་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The village with the code {code} is not in the database yet: give its name to add it.</source>
        <translation>ཨང་རྟགས་ {code} ཡིན་པའི་གྲོང་ཚོ་གཞི་གྲངས་མཛོད་ནང་ད་དུང་མེད། ཁ་སྣོན་བྱེད་པར་གྲོང་ཚོའི་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Several villages in this roster are named {name}: give the township or the code.</source>
        <translation>མིང་ཐོ་འདིའི་ནང་ {name} ཞེས་པའི་གྲོང་ཚོ་མང་པོ་འདུག ཤང་གྲོང་རྡལ་ལམ་ཨང་རྟགས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Several villages are named {name}: give the village&apos;s code.</source>
        <translation>{name} ཞེས་པའི་གྲོང་ཚོ་མང་པོ་འདུག གྲོང་ཚོའི་ཨང་རྟགས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code {code} is already on sheet {sheet}, row {row}.</source>
        <translation>ཨང་རྟགས་ {code} ལས་ཤོག་ {sheet} ཕྲེང་ {row} ནང་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This village is already on sheet {sheet}, row {row}.</source>
        <translation>གྲོང་ཚོ་འདི་ལས་ཤོག་ {sheet} ཕྲེང་ {row} ནང་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this village</source>
        <translation>གྲོང་ཚོ་འདི</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheet {sheet}, row {row} gives {what} another {column}: {value}.</source>
        <translation>ལས་ཤོག་ {sheet} ཕྲེང་ {row} ནང་{what}ཡི་{column} ནི་ {value} ཡིན་པས་ཕྲེང་འདི་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>{name} already holds this post on sheet {sheet}, row {row}.</source>
        <translation>{name} ནི་ལས་ཤོག་ {sheet} ཕྲེང་ {row} ནང་ལས་གནས་འདིར་བཀོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Matching the roster with the database</source>
        <translation>མིང་ཐོ་དང་གཞི་གྲངས་མཛོད་བསྡུར་ཞིབ་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row names no village and no person.</source>
        <translation>ཕྲེང་འདིར་གྲོང་ཚོ་དང་མི་གང་ཡང་མེད།</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this post</source>
        <translation>ལས་གནས་འདི</translation>
    </message>
    <message>
        <location filename="../desktop/core/roster_rows.py" line="+43"/>
        <source>Sheet {sheet}, row {row}, column {column} ({header}): {message}</source>
        <translation>ལས་ཤོག་ {sheet} ཕྲེང་ {row} སྟར་ {column} ({header})། {message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, row {row}: {message}</source>
        <translation>ལས་ཤོག་ {sheet} ཕྲེང་ {row}། {message}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The term cannot end before it starts.</source>
        <translation>ལས་ཡུན་མཇུག་རྫོགས་པའི་ཚེས་གྲངས་འགོ་འཛུགས་པའི་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More households ({households}) than people ({population}).</source>
        <translation>དུད་ཚང་གྲངས ({households}) མི་གྲངས ({population}) ལས་མང་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More Party members ({members}) than people ({population}).</source>
        <translation>ཏང་ཡོན་གྲངས ({members}) མི་གྲངས ({population}) ལས་མང་འདུག</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person&apos;s name is missing (in Chinese or in Tibetan).</source>
        <translation>མིའི་མིང་ (རྒྱ་ཡིག་གམ་བོད་ཡིག) མི་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post is missing: every person on the roster holds a post in the village.</source>
        <translation>ལས་གནས་མི་འདུག མིང་ཐོའི་ནང་གི་མི་རེ་རེས་གྲོང་ཚོའི་ནང་ལས་གནས་རེ་འཁུར་དགོས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/roster_files.py" line="+17"/>
        <source>Roster</source>
        <translation>མིང་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/roster_import.py" line="+244"/>
        <source>Instructions</source>
        <translation>འགོད་ཚུལ་གསལ་བཤད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The township or town. One not yet in VillageDesk is created.</source>
        <translation>ཤང་ངམ་གྲོང་རྡལ། VillageDesk ནང་མེད་ན་གསར་དུ་འཛུགས་ངེས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 12-digit statistical division code. Villages are matched by it.</source>
        <translation>ཨང་ཀི་12ཡོད་པའི་བསྡོམས་རྩིས་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། གྲོང་ཚོ་ཨང་རྟགས་འདིར་གཞིགས་ནས་ངོས་འཛིན་བྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village&apos;s name in Chinese (or give the Tibetan one).</source>
        <translation>གྲོང་ཚོའི་རྒྱ་ཡིག་གི་མིང་། (ཡང་ན་བོད་ཡིག་གི་མིང་འབྲི།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village&apos;s name in Tibetan.</source>
        <translation>གྲོང་ཚོའི་བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or community (from the list).</source>
        <translation>གྲོང་ཚོའམ་སྡེ་ཁུལ། (ཐོ་ནས་འདེམས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Whole numbers.</source>
        <translation>ཧྲིལ་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party branch, general branch or committee (from the list).</source>
        <translation>ཏང་ཀྲི་པུའུ། ཏང་གི་ཙུང་ཀྲི། ཡང་ན་ཏང་ཨུ། (ཐོ་ནས་འདེམས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more of 软 乱 散 弱 穷, separated by 、</source>
        <translation>ཞན། འཁྲུག ལྷོད། ཉམ་ཆུང་། དབུལ། བཅས་ལས་གཅིག་གམ་མང་བ། བར་དུ་ “、” ཡང་ན་བར་སྟོང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department or enterprise paired with the village.</source>
        <translation>གྲོང་ཚོ་འདི་ལ་ཁ་གཏད་རོགས་སྐྱོར་བྱེད་པའི་སྡེ་ཚན་ནམ་ཁེ་ལས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else about the village.</source>
        <translation>གྲོང་ཚོའི་གནས་ཚུལ་གཞན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per person and post; repeat the village&apos;s code and name on each row.</source>
        <translation>མི་དང་ལས་གནས་རེ་རེར་ཕྲེང་རེ། ཕྲེང་རེ་རེའི་ནང་གྲོང་ཚོའི་ཨང་རྟགས་དང་མིང་ཡང་བསྐྱར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name in Tibetan.</source>
        <translation>མིའི་བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>From the list.</source>
        <translation>ཐོ་ནས་འདེམས།</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A date such as 1975-03-05, or the year and month 1975.03; only the year is kept.</source>
        <translation>1975-03-05 ལྟ་བུའི་ཚེས་གྲངས་སམ། 1975.03 ལྟ་བུའི་ལོ་ཟླ། ལོ་ཁོ་ན་ཉར་ཚགས་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes or no.</source>
        <translation>ཡིན་ནམ་མིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An 11-digit mobile number, or a landline with its area code.</source>
        <translation>ཨང་ཀི་11ཡོད་པའི་ལག་ཐོགས་ཁ་པར་རམ། ས་ཁུལ་ཨང་རྟགས་ཡོད་པའི་ས་ཐིག་ཁ་པར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For first secretaries and work teams: the unit they come from.</source>
        <translation>ཧྲུའུ་ཅི་དང་པོ་དང་གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ལ་ཁོང་ཚོ་མངགས་པའི་ལས་ཁུངས་འབྲི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the list; one person holding two posts: 党支部书记、村委会主任.</source>
        <translation>ཐོ་ནས་འདེམས། མི་གཅིག་གིས་ལས་གནས་གཉིས་འཁུར་ན། གྲོང་ཚོའི་ཀྲི་པུའི་ཧྲུའུ་ཅི་、གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང་གི་ཀྲུའུ་རེན་ལྟ་བུར་འབྲི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date such as 2021-03-01.</source>
        <translation>2021-03-01 ལྟ་བུའི་ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank while the term runs.</source>
        <translation>ལས་ཡུན་མ་རྫོགས་བར་སྟོང་པར་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else about the post.</source>
        <translation>ལས་གནས་ཀྱི་གནས་ཚུལ་གཞན།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Column</source>
        <translation>སྟར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write</source>
        <translation>འབྲི་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>དཔེར་བརྗོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also read</source>
        <translation>འདི་དག་ཀྱང་ཀློག་ཐུབ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headers as townships write them (村名, 行政村, 村代码, 手机号...), a title above the header, full-width digits, text dates and subtotal rows. Blank cells leave what VillageDesk holds unchanged.</source>
        <translation>ཤང་གྲོང་རྡལ་སོ་སོས་འབྲི་སྲོལ་ཡོད་པའི་སྟར་མིང་། (གྲོང་ཚོ། གྲོང་སྡེ། ཨང་རྟགས། སྐྱེས་ལོ།...) སྟར་མིང་གི་སྟེང་གི་འགོ་བརྗོད། ཞེང་ཆེ་བའི་ཨང་ཀི (１２３)། ཡི་གེའི་རྣམ་པའི་ཚེས་གྲངས། བར་བསྡོམས་ཀྱི་ཕྲེང་། ས་སྒྲོམ་སྟོང་པ་ཡིན་ན་ VillageDesk ནང་ཡོད་པ་དེ་འགྱུར་མེད་དུ་ལུས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/roster_import.py" line="-79"/>
        <source>Villages or people in this roster were changed since the preview. Nothing was imported: look at the preview again.</source>
        <translation>སྔོན་ལྟ་བྱས་རྗེས་མིང་ཐོ་འདིའི་ནང་གི་གྲོང་ཚོའམ་མི་ལ་བཟོ་བཅོས་བྱས་འདུག ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། སྔོན་ལྟ་ཡང་བསྐྱར་ལྟ་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the roster</source>
        <translation>མིང་ཐོ་ནང་འདྲེན་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no file {path}.</source>
        <translation>ཡིག་ཆ་ {path} མི་འདུག</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the roster</source>
        <translation>མིང་ཐོ་ཀློག་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} cannot be read: it is open in another program or you may not read it.</source>
        <translation>{name} ཀློག་མི་ཐུབ། བྱ་རིམ་གཞན་ཞིག་གི་ནང་ཁ་ཕྱེ་ཡོད་པའམ་ཁྱེད་ལ་ཀློག་པའི་དབང་ཚད་མེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS, save it as .xlsx and try again.</source>
        <translation>{name} ནི་ Excel ལས་དེབ་ (.xlsx) མིན་པའམ་སྐྱོན་ཤོར་འདུག Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ནས་ .xlsx ལ་ཉར་ཚགས་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sheet of {name} has a roster&apos;s header row (such as 乡镇, 村名, 区划代码, 姓名, 职务) in its first {rows} rows.</source>
        <translation>{name} ཡི་ལས་ཤོག་གང་གི་ཐོག་མའི་ཕྲེང་ {rows} ནང་ཡང་མིང་ཐོའི་གདོང་ཕྲེང་ (དཔེར་ན། ཤང་གྲོང་རྡལ། གྲོང་ཚོའི་མིང་། ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། རུས་མིང་། ལས་གནས།) མི་འདུག</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>There is no roster column {key}.</source>
        <translation>མིང་ཐོའི་ནང་སྟར་ {key} མེད།</translation>
    </message>
</context>
<context>
    <name>RosterFilePage</name>
    <message>
        <location filename="../desktop/ui/roster_file_page.py" line="+42"/>
        <source>Choose the roster workbook</source>
        <translation>མིང་ཐོའི་ལས་དེབ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages, people and posts are read from every sheet of an Excel workbook (.xlsx), with the headers townships write (乡镇, 村名, 区划代码, 姓名, 职务…). Nothing is written until you have seen the preview and pressed Import. A workbook in the old .xls format: open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>Excel ལས་དེབ་ (.xlsx) ཀྱི་ལས་ཤོག་ཚང་མ་ནས་གྲོང་ཚོ་དང་མི། ལས་གནས་ཀློག་ངེས། སྟར་མིང་ནི་ཤང་གྲོང་རྡལ་རྣམས་ཀྱི་འབྲི་སྲོལ་ལྟར་ཆོག (ཤང་གྲོང་རྡལ། གྲོང་ཚོའི་མིང་། ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། རུས་མིང་། ལས་གནས།…) སྔོན་ལྟ་བལྟས་ནས་“ནང་འདྲེན།”མ་མནན་གོང་ཅི་ཡང་འབྲི་མི་སྲིད། ལས་དེབ་ .xls རྣམ་གཞག་རྙིང་པ་ཡིན་ན། སྔོན་ལ་ Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ནས་ .xlsx ལ་ཉར་ཚགས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>འདེམས།…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import roster</source>
        <translation>མིང་ཐོ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel ལས་དེབ། (*.xlsx);;ཡིག་ཆ་ཚང་མ། (*)</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../desktop/ui/roster_import_wizard.py" line="+57"/>
        <location line="+52"/>
        <location line="+26"/>
        <location line="+10"/>
        <location line="+9"/>
        <source>Import roster</source>
        <translation>མིང་ཐོ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Import</source>
        <translation>ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Reading {file}…</source>
        <translation>{file} ཀློག་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading was cancelled. Nothing was written.</source>
        <translation>ཀློག་པ་འདོར་ཟིན། ཅི་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: {rows} rows read.</source>
        <translation>{file} ནས་ཕྲེང་ {rows} ཀློག་ཟིན།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was not read.</source>
        <translation>{file} ཀློག་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import {villages} new and {changed_villages} changed villages, {people} new and {changed_people} changed people, {posts} new and {changed_posts} changed posts, and create {townships} townships?</source>
        <translation>གྲོང་ཚོ་གསར་པ་ {villages} དང་བཟོ་བཅོས་བྱས་པའི་གྲོང་ཚོ་ {changed_villages}། མི་གསར་པ་ {people} དང་བཟོ་བཅོས་བྱས་པའི་མི་ {changed_people}། ལས་གནས་གསར་པ་ {posts} དང་བཟོ་བཅོས་བྱས་པའི་ལས་གནས་ {changed_posts} བཅས་ནང་འདྲེན་བྱས་ཏེ་ཤང་གྲོང་རྡལ་ {townships} གསར་འཛུགས་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows are left out.</source>
        <translation>ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་ {count} ནང་འདྲེན་མི་བྱེད།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the roster…</source>
        <translation>མིང་ཐོ་ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>འདོར་ཟིན། ཅི་ཡང་བྲིས་མེད།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import roster {file}</source>
        <translation>མིང་ཐོ་ {file} ནང་འདྲེན</translation>
    </message>
</context>
<context>
    <name>RosterItemsModel</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="-52"/>
        <source>Will be</source>
        <translation>འགྱུར་བའི་རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (before → after)</source>
        <translation>བཟོ་བཅོས། (སྔ་མ → རྗེས་མ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>ཁུངས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>ཁ་སྣོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
</context>
<context>
    <name>RosterMappingPage</name>
    <message>
        <location filename="../desktop/ui/roster_mapping_page.py" line="+45"/>
        <source>Columns not recognised</source>
        <translation>ངོས་མ་ཟིན་པའི་སྟར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These headers are not among the ones VillageDesk knows. Say which field each column holds, or leave it out; Next reads the workbook again with your choices.</source>
        <translation>སྟར་མིང་འདི་དག་ VillageDesk གིས་ངོས་མི་ཟིན། སྟར་རེ་རེའི་ནང་གི་ནང་དོན་གང་ཡིན་འདེམས་པའམ། ཡང་ན་སྟར་དེ་ནང་འདྲེན་མི་བྱེད། “རྗེས་མ།”མནན་ན་ཁྱེད་ཀྱི་གདམ་ག་ལྟར་ལས་དེབ་ཡང་བསྐྱར་ཀློག་ངེས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>ལས་ཤོག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>སྟར།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>སྟར་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>ངོས་འཛིན་སྟངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>(leave out)</source>
        <translation>(ནང་འདྲེན་མི་བྱེད།)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{sheet}: {columns}</source>
        <translation>{sheet}། {columns}</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="-81"/>
        <source>(blank)</source>
        <translation>(སྟོང་པ།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field} {before} → {after}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet} row {row}</source>
        <translation>{sheet} ཕྲེང་ {row}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewPage</name>
    <message>
        <location filename="../desktop/ui/roster_preview_page.py" line="+136"/>
        <source>Preview: nothing is written until you press Import</source>
        <translation>སྔོན་ལྟ། “ནང་འདྲེན།”མ་མནན་གོང་ཅི་ཡང་འབྲི་མི་སྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rejected rows…</source>
        <translation>ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་ཉར་ཚགས།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rows are not imported. Save them as a workbook, fix them there and import that workbook.</source>
        <translation>ཕྲེང་འདི་དག་ནང་འདྲེན་མི་བྱེད། དེ་དག་ལས་དེབ་ཅིག་ཏུ་ཉར་ཚགས་བྱས་ནས་དེའི་ནང་བཅོས་རྗེས་ལས་དེབ་དེ་ནང་འདྲེན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New townships</source>
        <translation>ཤང་གྲོང་རྡལ་གསར་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>མི་སྣ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} ({added})</source>
        <translation>{what} ({added})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (+{added}, ~{changed})</source>
        <translation>{what} (+{added} ~{changed})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged: {count}</source>
        <translation>འགྱུར་མེད། {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows ({count})</source>
        <translation>ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་། ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: {rows} rows read from {sheets} sheets.</source>
        <translation>{file} ཡི་ལས་ཤོག་ {sheets} ནས་ཕྲེང་ {rows} ཀློག་ཟིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add: {villages} villages, {people} people, {posts} posts, {townships} townships. To change: {changed_villages} villages, {changed_people} people, {changed_posts} posts.</source>
        <translation>ཁ་སྣོན་བྱ་རྒྱུ། གྲོང་ཚོ་ {villages} མི་ {people} ལས་གནས་ {posts} ཤང་གྲོང་རྡལ་ {townships}། བཟོ་བཅོས་བྱ་རྒྱུ། གྲོང་ཚོ་ {changed_villages} མི་ {changed_people} ལས་གནས་ {changed_posts}།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rows rejected (see Rejected rows); they are not imported.</source>
        <translation>ཕྲེང་ {count} ལ་ནོར་འཁྲུལ་འདུག (“ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་།”ལ་ལྟོས།) དེ་དག་ནང་འདྲེན་མི་བྱེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out, no roster header found: {sheets}.</source>
        <translation>མིང་ཐོའི་གདོང་ཕྲེང་མ་རྙེད་པས་ལས་ཤོག་འདི་དག་ནང་འདྲེན་མ་བྱས། {sheets}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: the database already holds all of it.</source>
        <translation>ནང་འདྲེན་བྱ་རྒྱུ་མེད། གཞི་གྲངས་མཛོད་ནང་ཚང་མ་ཡོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save rejected rows</source>
        <translation>ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} rejected.xlsx</source>
        <translation>{name} ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ལས་དེབ། (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} rejected rows saved to {path}</source>
        <translation>ནོར་འཁྲུལ་ཅན་གྱི་ཕྲེང་ {count} ནི་ {path} ནང་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../desktop/ui/safety_menu.py" line="+90"/>
        <source>Data &amp;safety</source>
        <translation>གཞི་གྲངས་བདེ་འཇགས།(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups…</source>
        <translation>གྲབས་ཉར།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Back up now</source>
        <translation>ད་ལྟ་གྲབས་ཉར་བྱེད།</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Check the audit trail…</source>
        <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཞིབ་དཔྱད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database…</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས།…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Making a backup…</source>
        <translation>གྲབས་ཉར་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made: {file}</source>
        <translation>གྲབས་ཉར་བྱས་ཟིན། {file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was restored.</source>
        <translation>གྲབས་ཉར་ནས་སླར་གསོ་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database is encrypted.</source>
        <translation>གཞི་གྲངས་མཛོད་ལ་གསང་སྦས་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../desktop/core/scoring.py" line="+59"/>
        <source>This number is too large.</source>
        <translation>ཨང་གྲངས་འདི་ཆེ་དྲགས་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Answer yes or no.</source>
        <translation>ཡིན་ནམ་མིན་ལན་འདེབས་རོགས།</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Give a whole number from 0 to {top}.</source>
        <translation>0 ནས་ {top} བར་གྱི་ཨང་གྲངས་ཧྲིལ་པོ་ཞིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a whole number, 0 or more.</source>
        <translation>0 ཡན་གྱི་ཨང་གྲངས་ཧྲིལ་པོ་ཞིག་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A number is needed here.</source>
        <translation>འདིར་ཨང་གྲངས་དགོས།</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../desktop/ui/dashboard_charts.py" line="+201"/>
        <source>{label}: {count}</source>
        <translation>{label} {count}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{label}: {count} ({share} %)</source>
        <translation>{label} {count} ({share}%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list them.</source>
        <translation>མནན་ན་ཞིབ་ཕྲའི་ཐོ་སྟོན།</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../desktop/services/self_test.py" line="+83"/>
        <source>OK</source>
        <translation>འགྲིག</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>ཕམ་སོང་།</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Self-test passed: {count} steps in {seconds} s.</source>
        <translation>རང་ཞིབ་འགྲིག་སོང་། གོམ་རིམ་ {count} སྐར་ཆ་ {seconds} ནང་།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test FAILED: {failed} of {count} steps failed ({seconds} s).</source>
        <translation>རང་ཞིབ་ཕམ་སོང་། གོམ་རིམ་ {count} ནང་ {failed} ཕམ་སོང་། (སྐར་ཆ་ {seconds})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its files are in {folder}.</source>
        <translation>དེའི་ཡིག་ཆ་ {folder} ནང་ཡོད།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot make the folder {folder}: {reason}</source>
        <translation>ཡིག་སྣོད་ {folder} བཟོ་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} is not empty; give a new or empty folder.</source>
        <translation>ཡིག་སྣོད་ {folder} སྟོང་པ་མིན། ཡིག་སྣོད་གསར་པའམ་སྟོང་པ་ཞིག་སྟོན་རོགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new database is not empty.</source>
        <translation>གཞི་གྲངས་མཛོད་གསར་པ་སྟོང་པ་མིན།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo wrote {written} villages; the database lists {listed}.</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་ཀྱིས་གྲོང་ཚོ་ {written} བྲིས་ཡོད་ཀྱང་། གཞི་གྲངས་མཛོད་ནང་ {listed} ལས་མེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo made no village plan to print.</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་ནང་པར་འདེབས་རྒྱུའི་གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་འཆར་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{villages} villages, {problems} problems, {plans} plans</source>
        <translation>གྲོང་ཚོ་ {villages} གནད་དོན་ {problems} འཆར་གཞི་ {plans}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook read back lacks {count} village codes, such as {code}.</source>
        <translation>ཕྱིར་ཀློག་པའི་ལས་དེབ་ནང་གྲོང་ཚོའི་ཨང་རྟགས་ {count} མི་འདུག དཔེར་ན། {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows read back</source>
        <translation>ཕྲེང་ {rows} ཕྱིར་ཀློག་ཟིན།</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The county did not import the township&apos;s bundle.</source>
        <translation>རྫོང་གིས་ཤང་གྲོང་རྡལ་གྱི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The township sent {sent} villages; the county has {received}.</source>
        <translation>ཤང་གྲོང་རྡལ་གྱིས་གྲོང་ཚོ་ {sent} བསྐུར་ཡོད། རྫོང་ལ་ {received} ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows, {size} KB</source>
        <translation>ཕྲེང་ {rows} {size} KB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database file is not encrypted.</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆ་གསང་སྦས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted database lists {listed} villages, not {written}.</source>
        <translation>གསང་སྦས་བྱས་པའི་གཞི་གྲངས་མཛོད་ནང་གྲོང་ཚོ་ {written} ཡོད་དགོས་པ་ལས་ {listed} སྟོན་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{villages} villages read back with the password</source>
        <translation>གསང་ཨང་གིས་གྲོང་ཚོ་ {villages} ཕྱིར་ཀློག་ཟིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fresh database</source>
        <translation>གཞི་གྲངས་མཛོད་གསར་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan form PDF in Chinese</source>
        <translation>རྒྱ་ཡིག་གི་འཆར་གཞིའི་རེའུ་མིག PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan form PDF in Tibetan</source>
        <translation>བོད་ཡིག་གི་འཆར་གཞིའི་རེའུ་མིག PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel export read back</source>
        <translation>Excel ཕྱིར་འདྲེན་དང་ཕྱིར་ཀློག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle, township to county</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ། ཤང་གྲོང་རྡལ་ནས་རྫོང་ལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted database opened with its password</source>
        <translation>གསང་སྦས་བྱས་པའི་གཞི་གྲངས་མཛོད་གསང་ཨང་གིས་ཁ་ཕྱེ་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL driver for a hub</source>
        <translation>ལྟེ་གནས་ཀྱི་ PostgreSQL སྐུལ་འདེད།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} is not a complete PDF.</source>
        <translation>{file} ནི་ PDF ཆ་ཚང་བ་མིན།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} does not embed the fonts {fonts}.</source>
        <translation>{file} ནང་ཡིག་གཟུགས་ {fonts} བཙུད་མེད།</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not run: {step} failed.</source>
        <translation>འཁོར་མེད། {step} ཕམ་སོང་།</translation>
    </message>
    <message>
        <location filename="../desktop/ui/self_test_window.py" line="+49"/>
        <source>The program&apos;s icon cannot be drawn: its resources or Qt&apos;s SVG support are missing.</source>
        <translation>མཉེན་ཆས་ཀྱི་རྟགས་རིས་འབྲི་མི་ཐུབ། མཉེན་ཆས་ཀྱི་ཐོན་ཁུངས་སམ་ Qt ཡི་ SVG རྒྱབ་སྐྱོར་མི་འདུག</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The window lists {shown} villages; the database holds {total}.</source>
        <translation>སྒེའུ་ཁུང་ནང་གྲོང་ཚོ་ {shown} སྟོན་ཡོད། གཞི་གྲངས་མཛོད་ནང་ {total} ཡོད།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the window&apos;s picture to {path}.</source>
        <translation>སྒེའུ་ཁུང་གི་པར་རིས་ {path} ལ་ཉར་ཚགས་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window was drawn blank.</source>
        <translation>སྒེའུ་ཁུང་སྟོང་པར་བྲིས་འདུག</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Main window, offscreen</source>
        <translation>སྒེའུ་ཁུང་གཙོ་བོ། (རྒྱབ་ངོས་སུ་འབྲི་བ།)</translation>
    </message>
</context>
<context>
    <name>ServerDatabaseDialog</name>
    <message>
        <location filename="../desktop/ui/server_database_dialog.py" line="+54"/>
        <source>Open a server database</source>
        <translation>ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hub&apos;s database on a PostgreSQL server, as postgresql://USER@HOST/DATABASE (add :PORT after the host if it is not 5432). The password is taken from PGPASSWORD or the file .pgpass in your home folder; ask the server&apos;s administrator for them.</source>
        <translation>ལྟེ་གནས་ཀྱི་ PostgreSQL ཞབས་ཞུའི་འཕྲུལ་ཆས་སྟེང་གི་གཞི་གྲངས་མཛོད། postgresql://སྤྱོད་མཁན@འཕྲུལ་ཆས/གཞི་གྲངས་མཛོད་ ཞེས་འབྲི། (འཛུལ་སྒོ་ 5432 མིན་ན་འཕྲུལ་ཆས་ཀྱི་རྗེས་སུ་ :འཛུལ་སྒོ་ སྣོན།) གསང་གྲངས་ནི་ PGPASSWORD འམ་ཁྱེད་ཀྱི་གཙོ་ཡིག་སྣོད་ནང་གི་ .pgpass ནས་ལེན། དེ་དག་འཕྲུལ་ཆས་དོ་དམ་པར་འདྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../desktop/ui/setup_dialog.py" line="+135"/>
        <location line="+92"/>
        <source>Another, not in this list: type its code and names</source>
        <translation>གཞན། (ཐོ་འདིའི་ནང་མེད།) ཨང་རྟགས་དང་མིང་ནང་འཇུག་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Set up as county or township</source>
        <translation>རྫོང་རིམ་མམ་ཤང་རིམ་པར་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation is a</source>
        <translation>མཐའ་སྣེ་འདིའི་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>ལས་ཁུངས་ཀྱི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>རྒྱ་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Tibetan</source>
        <translation>བོད་ཡིག་གི་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation name</source>
        <translation>མཐའ་སྣེའི་མིང་།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A township exchanges bundles with its county, and a county with each of its townships. The installation name is what the other side sees, for example the office and the computer. Once bundles have been exchanged, the side cannot be changed.</source>
        <translation>ཤང་གྲོང་རྡལ་གྱིས་རང་ཉིད་གཏོགས་པའི་རྫོང་དང་གཞི་གྲངས་ཐུམ་སྒྲིལ་བརྗེ་རེས་བྱེད། རྫོང་གིས་རང་ཁོངས་ཀྱི་ཤང་གྲོང་རྡལ་རེ་རེ་དང་བརྗེ་རེས་བྱེད། མཐའ་སྣེའི་མིང་ནི་ཕྱོགས་གཞན་གྱིས་མཐོང་བའི་མིང་ཡིན། དཔེར་ན་གཞུང་ལས་ཁང་དང་གློག་ཀླད་ཀྱི་མིང་ལྟ་བུ། གཞི་གྲངས་ཐུམ་སྒྲིལ་བརྗེ་རེས་བྱས་ཚར་རྗེས་རིམ་པ་བསྒྱུར་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up</source>
        <translation>སྒྲིག་འགོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../desktop/ui/sign_in_flow.py" line="+99"/>
        <source>Not encrypted</source>
        <translation>གསང་སྦས་བྱས་མེད།</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../desktop/ui/start_inspection_dialog.py" line="+136"/>
        <source>Choose the village</source>
        <translation>གྲོང་ཚོ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>མིང་ངམ་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No village chosen yet</source>
        <translation>ད་དུང་གྲོང་ཚོ་བདམས་མེད།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (version {version})</source>
        <translation>{title} (པར་གཞི་ {version})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the period, e.g. {example}.</source>
        <translation>དུས་ཡུན་འབྲི་རོགས། དཔེར་ན། {example}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{label}: {start} to {end}</source>
        <translation>{label} {start} ནས་ {end} བར།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A draft for this period exists; starting opens it.</source>
        <translation>དུས་ཡུན་འདིའི་ཟིན་བྲིས་ཡོད་ཟིན། འགོ་འཛུགས་ན་དེ་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This village already has a finalised inspection for this period. To change it, open it from the village file&apos;s Inspections tab and choose Correct…</source>
        <translation>གྲོང་ཚོ་འདིར་དུས་ཡུན་འདིའི་ཞིབ་བཤེར་གཏན་འཁེལ་ཟིན་པ་ཡོད། བཟོ་བཅོས་དགོས་ན་གྲོང་ཚོའི་ཡིག་ཚགས་ཀྱི་“ཞིབ་བཤེར།”ཤོག་ངོས་ནས་ཁ་ཕྱེ་སྟེ་“ནོར་བཅོས།…”འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not started</source>
        <translation>འགོ་འཛུགས་མ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft opened</source>
        <translation>ཟིན་བྲིས་ཁ་ཕྱེ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft for this village and period exists; it was opened. Your earlier answers are kept.</source>
        <translation>གྲོང་ཚོ་འདི་དང་དུས་ཡུན་འདིའི་ཟིན་བྲིས་ཡོད་པས་དེ་ཁ་ཕྱེ་ཟིན། ཁྱེད་ཀྱི་ལན་སྔ་མ་རྣམས་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start a {inspection}</source>
        <translation>{inspection} འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of inspection</source>
        <translation>ཞིབ་བཤེར་གྱི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No checklist template is installed. Import one first (Checklists).</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི་སྒྲིག་འཇུག་བྱས་མེད། སྔོན་ལ་ཞིག་ནང་འདྲེན་གནང་རོགས། (“ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི།”ལ་ལྟོས།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026Q3, 2026-11H1 or 2026-11-23</source>
        <translation>2026Q3 དང་ 2026-11H1 ཡང་ན་ 2026-11-23</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../desktop/core/support.py" line="+55"/>
        <source>Give the date.</source>
        <translation>ཚེས་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is in the future.</source>
        <translation>ཚེས་གྲངས་དེ་དེ་རིང་ལས་ཕྱི་བ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say briefly what was done.</source>
        <translation>བྱས་པའི་ལས་དོན་མདོར་བསྡུས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of participants must be at least 1.</source>
        <translation>ཞུགས་མི་གྲངས་ཉུང་མཐར་ 1 ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the number of participants.</source>
        <translation>ཞུགས་མི་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the amount in yuan.</source>
        <translation>སྒོར་གྱི་དངུལ་འབོར་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give where the funds come from.</source>
        <translation>མ་དངུལ་གྱི་འབྱུང་ཁུངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>དངུལ་འབོར་ཀླད་ཀོར་ལས་ཉུང་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the month reported on, e.g. 2026-11.</source>
        <translation>ལས་འགན་སྙན་སྒྲོན་གྱི་ཟླ་བ་འབྲི་རོགས། དཔེར་ན། 2026-11</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the quarter assessed, e.g. 2026Q3.</source>
        <translation>དཔྱད་བསྡུར་བྱས་པའི་དུས་ཚིགས་འབྲི་རོགས། དཔེར་ན། 2026Q3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the assessment score, 0 to 100.</source>
        <translation>དཔྱད་བསྡུར་ཐོབ་སྐར་འབྲི་རོགས། (0 ནས་ 100 བར།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give how many people took the satisfaction poll.</source>
        <translation>ཡིད་ཚིམ་ཚད་ཀྱི་དཔྱད་བསྡུར་ལ་ཞུགས་པའི་མི་གྲངས་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number satisfied must be between 0 and the number polled.</source>
        <translation>ཡིད་ཚིམ་མི་གྲངས་ 0 ནས་དཔྱད་བསྡུར་ལ་ཞུགས་མི་གྲངས་བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/support.py" line="+23"/>
        <source>This entry of the support log does not exist (any more).</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ་འདི་མེད། (ཡང་ན་བསུབ་ཟིན།)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The work team&apos;s withdrawal is not edited or deleted as a log entry: it is made by withdrawing the team, and Undo takes it back.</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་པ་རོགས་སྐྱོར་ཟིན་ཐོ་ལྟར་བཟོ་བཅོས་དང་སུབ་མི་ཆོག ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་བྱས་ནས་ཐོ་འགོད་བྱེད་དགོས། ཕྱིར་འཐེན་བྱས་ན་སླར་གསོ་ཐུབ།</translation>
    </message>
</context>
<context>
    <name>SupportLogTab</name>
    <message>
        <location filename="../desktop/ui/support_log_tab.py" line="+136"/>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, leader</source>
        <translation>{name} (རུ་དཔོན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, withdrawn on {date}</source>
        <translation>{name} ({date} ལ་ཕྱིར་ཐོན།)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(མེད།)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} people</source>
        <translation>མི་{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} yuan</source>
        <translation>སྒོར་{amount}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score {score}</source>
        <translation>ཐོབ་སྐར་ {score}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>satisfaction {percent} ({satisfied} of {polled})</source>
        <translation>ཡིད་ཚིམ་ཚད་ {percent} (མི་{polled} ལས་{satisfied} ཡིད་ཚིམ།)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing logged yet.</source>
        <translation>ད་དུང་ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries: {kinds}.</source>
        <translation>ཁྱོན་བསྡོམས་ཟིན་ཐོ་{count} {kinds}།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funds: {funds} yuan.</source>
        <translation>རོགས་སྐྱོར་མ་དངུལ། སྒོར་{funds}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects: {projects} ({project_yuan} yuan).</source>
        <translation>རོགས་སྐྱོར་ལས་གཞི། {projects} (སྒོར་{project_yuan})།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People trained: {trained}.</source>
        <translation>སྦྱོང་བརྡར་ཐོབ་པའི་མི་{trained}།</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete entry</source>
        <translation>ཟིན་ཐོ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>delete the log entry {kind}</source>
        <translation>{kind}ཟིན་ཐོ་སུབ་པ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the entry {kind} of {date} from the support log? Undo brings it back.</source>
        <translation>{date} ཡི་{kind}ཟིན་ཐོ་རོགས་སྐྱོར་ཟིན་ཐོ་ནས་སུབ་བམ། ཕྱིར་འཐེན་བྱས་ན་སླར་གསོ་ཐུབ།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw the work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support team</source>
        <translation>རོགས་སྐྱོར་དཔུང་ཁག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit or enterprise</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས་སམ་ཁེ་ལས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>སྟོན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>རིགས་ཡོངས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>རོགས་སྐྱོར་བྱེད་མཁན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>བྱས་པའི་ལས་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>གྲངས་ཀ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>ཁ་སྣོན།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>རྩོམ་སྒྲིག…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>སུབ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw work team…</source>
        <translation>ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན།…</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="+79"/>
        <source>(none)</source>
        <translation>(མེད།)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the paired village</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་གྲོང་ཚོ་འདེམས་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or code</source>
        <translation>མིང་ངམ་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paired unit or enterprise</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས་སམ་ཁེ་ལས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired strong village</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་བྱེད་པའི་གྲོང་ཚོ་སྟོབས་ཆེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>གཙང་སེལ།</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/archive.py" line="+77"/>
        <source>the record {id} of table {table} is more than 1 MB</source>
        <translation>རེའུ་མིག་ {table} ནང་གི་ཟིན་ཐོ་ {id} ནི་ 1 MB ལས་ཆེ</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the attachment {name} is more than 200 MB</source>
        <translation>ཟུར་སྦྲེལ་ {name} ནི་ 200 MB ལས་ཆེ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment file {path} is damaged: its content no longer matches its name.</source>
        <translation>ཟུར་སྦྲེལ་ཡིག་ཆ་ {path} ལ་སྐྱོན་ཤོར་ཡོད། དེའི་ནང་དོན་དང་ཡིག་ཆའི་མིང་མི་མཐུན་པར་གྱུར་ཡོད།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest would be {size} bytes, more than 1 MB (too many attachments in one bundle)</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནི་ཡིག་ཚིགས་ {size} ཡིན་རྒྱུ་ཡིན་པས་ 1 MB ལས་ཆེ (གཞི་གྲངས་ཐུམ་སྒྲིལ་གཅིག་གི་ནང་ཟུར་སྦྲེལ་མང་དྲགས་པ།)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it would have more than 100,000 entries</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ 100,000 ལས་བརྒལ་རྒྱུ་ཡིན</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries would hold more than 4 GB in all</source>
        <translation>ནང་གསེས་ཡིག་ཆའི་ཁྱོན་བསྡོམས་ 4 GB ལས་བརྒལ་རྒྱུ་ཡིན</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+83"/>
        <source>line {line} of {entry} is more than 1 MB</source>
        <translation>{entry} ནང་གི་ཕྲེང་ {line} ནི་ 1 MB ལས་ཆེ</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>{entry} has {rows} lines where its manifest says {expected}</source>
        <translation>{entry} ནང་ཕྲེང་ {rows} ཡོད་ཀྱང་ནང་དོན་ཐོ་ཡིག་ཏུ་ {expected} ཡིན་པར་བྲིས་ཡོད</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the content of {entry} differs from the hash in its manifest</source>
        <translation>{entry} ཡི་ནང་དོན་དང་ནང་དོན་ཐོ་ཡིག་ནང་གི་ཞིབ་དཔྱད་ཨང་གྲངས་མི་མཐུན</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>the audit links do not match the manifest</source>
        <translation>ཞིབ་བཤེར་གྱི་སྦྲེལ་མཐུད་དང་ནང་དོན་ཐོ་ཡིག་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>line {line} of the audit links is not valid</source>
        <translation>ཞིབ་བཤེར་གྱི་སྦྲེལ་མཐུད་ཀྱི་ཕྲེང་ {line} ནུས་མེད་ཡིན།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the content of {entry} does not match its name</source>
        <translation>{entry} ཡི་ནང་དོན་དེའི་མིང་དང་མི་མཐུན</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{entry} has more lines than its manifest&apos;s {rows}</source>
        <translation>{entry} ནང་གི་ཕྲེང་གྲངས་ནང་དོན་ཐོ་ཡིག་ཏུ་བྲིས་པའི་ {rows} ལས་མང</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/services/sync/bundle_header.py" line="+54"/>
        <source>it is not JSON</source>
        <translation>JSON མིན</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/bundle_header.py" line="+2"/>
        <source>it is not a JSON object</source>
        <translation>JSON དངོས་པོ་ཞིག་མིན</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payload {path} cannot be read: {reason}</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no manifest</source>
        <translation>ནང་དོན་ཐོ་ཡིག་མེད</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest is not JSON</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནི་ JSON མིན</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a valid ZIP archive</source>
        <translation>ཚད་ལྡན་གྱི་ ZIP གནོན་བཙིར་ཡིག་ཆ་མིན</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the entry {entry} is not in the manifest</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {entry} ནང་དོན་ཐོ་ཡིག་ནང་མེད</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest names {entry}, which is missing</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ཏུ་ {entry} བཀོད་ཡོད་ཀྱང་དེ་མེད</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the size of files/{sha256} differs from the manifest</source>
        <translation>files/{sha256} ཡི་ཆེ་ཆུང་ནང་དོན་ཐོ་ཡིག་དང་མི་མཐུན</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry {entry} cannot be read</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {entry} ཀློག་མི་ཐུབ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {line} of {entry} in the bundle is not a valid record: {what}. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་གི་ {entry} ཡི་ཕྲེང་ {line} ནི་ཚད་ལྡན་གྱི་ཟིན་ཐོ་མིན། {what}། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། གཏོང་མཁན་ལ་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་རེ་ཞུ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing to {folder} failed: {reason}. The disk may be full: make room, then try again.</source>
        <translation>{folder} ལ་འབྲི་མ་ཐུབ། {reason} གསོག་སྡེར་ཁེངས་ཡོད་སྲིད། བར་སྟོང་སྟོང་པར་བཟོས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/archive_checks.py" line="+55"/>
        <source>The bundle&apos;s contents are not a safe archive: {what}. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་ནི་བདེ་འཇགས་ཀྱི་གནོན་བཙིར་ཡིག་ཆ་ཞིག་མིན། {what}། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། གཏོང་མཁན་ལ་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་རེ་ཞུ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle goes beyond the limits of the format: {what}.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་དེ་རྣམ་གཞག་གི་ཚད་བཀག་ལས་བརྒལ་ཡོད། {what}།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a ZIP archive</source>
        <translation>ZIP གནོན་བཙིར་ཡིག་ཆ་མིན</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a ZIP archive, or one with a comment</source>
        <translation>ZIP གནོན་བཙིར་ཡིག་ཆ་མིན་པའམ་མཆན་འགྲེལ་ཡོད་པའི་ ZIP ཡིན</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>it has {count} entries, more than 100,000</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {count} ཡོད་པས་ 100,000 ལས་བརྒལ་ཡོད</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>its table of contents is {size} bytes, far more than 100,000 entries need</source>
        <translation>དེའི་དཀར་ཆག་ནི་ཡིག་ཚིགས་ {size} ཡིན་པས་ནང་གསེས་ཡིག་ཆ་ 100,000 ལ་དགོས་པ་ལས་ཧ་ཅང་མང</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name {name} appears twice</source>
        <translation>མིང་ {name} ཐེངས་གཉིས་ཐོན་ཡོད</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is encrypted</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ལ་གསང་སྦས་བྱས་ཡོད</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is compressed with an unsupported method</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} རྒྱབ་སྐྱོར་མི་བྱེད་པའི་གནོན་བཙིར་བྱ་ཐབས་ཀྱིས་གནོན་བཙིར་བྱས་ཡོད</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stored entry {name} has two different sizes</source>
        <translation>གནོན་བཙིར་མ་བྱས་པའི་ནང་གསེས་ཡིག་ཆ་ {name} ལ་ཆེ་ཆུང་མི་འདྲ་བ་གཉིས་ཡོད</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries hold more than 4 GB in all</source>
        <translation>ནང་གསེས་ཡིག་ཆའི་ཁྱོན་བསྡོམས་ 4 GB ལས་བརྒལ་ཡོད</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name {name} contains a backslash</source>
        <translation>མིང་ {name} ནང་ལྡོག་ཕྱོགས་ཀྱི་གསེག་རྟགས (\) ཡོད</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} is an absolute path</source>
        <translation>མིང་ {name} ནི་རྩ་བའི་ཡིག་སྣོད་ / ནས་འགོ་འཛུགས་པའི་ལམ་བུ་ཡིན</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} starts with a drive letter</source>
        <translation>མིང་ {name} ནི་གསོག་སྡེར་གྱི་ཡི་གེ (C: ལྟ་བུ) ནས་འགོ་འཛུགས</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} leads out of its folder (..)</source>
        <translation>མིང་ {name} ཡིས་རང་གི་ཡིག་སྣོད་ཀྱི་ཕྱི་ལོགས་སུ་ཁ་ཕྱོགས་ཡོད (..)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is a directory</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་ཡིག་སྣོད་ཅིག་ཡིན</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} is a symbolic link</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་མཚོན་རྟགས་སྦྲེལ་མཐུད་ཅིག་ཡིན</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is a special file</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་དམིགས་བསལ་ཡིག་ཆ་ཞིག་ཡིན</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} is not one a bundle may hold</source>
        <translation>མིང་ {name} ནི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འཇོག་ཆོག་པའི་མིང་མིན</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest is {size} bytes, more than 1 MB</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནི་ཡིག་ཚིགས་ {size} ཡིན་པས་ 1 MB ལས་ཆེ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the attachment {name} is {size} bytes, more than 200 MB</source>
        <translation>ཟུར་སྦྲེལ་ {name} ནི་ཡིག་ཚིགས་ {size} ཡིན་པས་ 200 MB ལས་ཆེ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} expands more than 200 times ({packed} to {size} bytes)</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} བསྡུས་འགྲོལ་བྱས་རྗེས་ལྡབ་ 200 ལས་བརྒལ་བ་ཆེ་རུ་ཕྱིན་ཡོད (ཡིག་ཚིགས་ {packed} ནས་ {size} བར།)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entries {name} and {other} overlap</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} དང་ {other} གཉིས་ཕན་ཚུན་བརྩེགས་ཡོད</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the entry {name} has no local header</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ལ་ས་གནས་ཀྱི་མགོ་ཡིག་མེད</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} has another name in its local header</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ཡི་ས་གནས་ཀྱི་མགོ་ཡིག་ནང་མིང་གཞན་ཞིག་ཡོད</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the entry {name} is not valid compressed data</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་ཚད་ལྡན་གྱི་གནོན་བཙིར་གཞི་གྲངས་མིན</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the archive ends inside the entry {name}</source>
        <translation>གནོན་བཙིར་ཡིག་ཆ་དེ་ནང་གསེས་ཡིག་ཆ་ {name} ཡི་བར་ནས་མཇུག་རྫོགས་ཡོད</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry {name} is larger than the {size} bytes it declares</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་རང་ཉིད་ཀྱིས་བསྟན་པའི་ཡིག་ཚིགས་ {size} ལས་ཆེ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the compressed data of {name} does not end where it should</source>
        <translation>{name} ཡི་གནོན་བཙིར་གཞི་གྲངས་མཇུག་རྫོགས་དགོས་སར་མཇུག་མ་རྫོགས</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} is shorter than it declares</source>
        <translation>ནང་གསེས་ཡིག་ཆ་ {name} ནི་རང་ཉིད་ཀྱིས་བསྟན་པ་ལས་ཆུང</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checksum of {name} does not match</source>
        <translation>{name} ཡི་ཞིབ་དཔྱད་བསྡོམས་གྲངས་མི་མཐུན</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the manifest is not a VillageDesk payload manifest</source>
        <translation>ནང་དོན་ཐོ་ཡིག་དེ་ VillageDesk གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་ཐོ་ཡིག་མིན</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest&apos;s version is not 1 or 2</source>
        <translation>ནང་དོན་ཐོ་ཡིག་གི་པར་གཞི་ 1 ཡང་མིན་ 2 ཡང་མིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest belongs to another bundle</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནི་གཞི་གྲངས་ཐུམ་སྒྲིལ་གཞན་ཞིག་གི་ཡིན</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s entry for table {table} is not valid</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནང་རེའུ་མིག་ {table} སྐོར་གྱི་རྣམ་གྲངས་ཚད་ལྡན་མིན</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s entry for attachment {sha256} is not valid</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནང་ཟུར་སྦྲེལ་ {sha256} སྐོར་གྱི་རྣམ་གྲངས་ཚད་ལྡན་མིན</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a revocation in the manifest is not valid</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནང་གི་ཆ་མེད་གཏོང་བའི་ཟིན་ཐོ་ཞིག་ཚད་ལྡན་མིན</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>the manifest&apos;s audit head is not valid</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ནང་གི་ཞིབ་བཤེར་སྒྲིལ་མགོ་ནུས་མེད་ཡིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest has missing or unknown fields ({fields})</source>
        <translation>ནང་དོན་ཐོ་ཡིག་ལ་ཡིག་དུམ་ཆད་པའམ་ངོས་མ་ཟིན་པའི་ཡིག་དུམ་ཡོད ({fields})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item of the manifest&apos;s {where} has missing or unknown fields ({fields})</source>
        <translation>ནང་དོན་ཐོ་ཡིག་གི་ {where} ནང་གི་རྣམ་གྲངས་ཤིག་ལ་ཡིག་དུམ་ཆད་པའམ་ངོས་མ་ཟིན་པའི་ཡིག་དུམ་ཡོད ({fields})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s {where} is not a list of objects</source>
        <translation>དཀར་ཆག་གི་ {where} ནི་དངོས་པོའི་ཐོ་གཞུང་ཞིག་མིན།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the manifest names something twice in {where}</source>
        <translation>དཀར་ཆག་གི་ {where} ནང་རྣམ་གྲངས་ཞིག་ཐེངས་གཉིས་ཐོན་འདུག</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_header.py" line="+3"/>
        <source>it is not in canonical form</source>
        <translation>དེ་ནི་ཚད་ལྡན་རྣམ་གཞག་ཏུ་མེད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a bundle header</source>
        <translation>དེ་ནི་གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་མགོ་ཡིག་མིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/services/sync/container.py" line="+107"/>
        <source>This bundle was made by a newer VillageDesk (format {version}). Update VillageDesk on this computer, then import it again.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་VillageDesk ཡི་པར་གཞི་གསར་བ་ཞིག་གིས་བཟོས་པ་ཡིན། (རྣམ་གཞག་པར་གཞི་ {version}) གློག་ཀླད་འདིའི་VillageDesk གསར་སྒྱུར་བྱས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its version is not valid</source>
        <translation>དེའི་པར་གཞི་ཨང་གྲངས་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bundle_id is not an id</source>
        <translation>bundle_id ནི་ཚད་ལྡན་གྱི་ཨང་རྟགས་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created_at is not a time</source>
        <translation>created_at ནི་ཚད་ལྡན་གྱི་དུས་ཚོད་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app_version is not valid</source>
        <translation>app_version ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it names another sender than the file</source>
        <translation>དེའི་ནང་གི་སྐྱེལ་མཁན་དེ་ཡིག་ཆ་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.role is neither township nor county</source>
        <translation>sender.role ནི་ཤང་རིམ་ཡང་མིན་རྫོང་རིམ་ཡང་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.unit_code is not valid</source>
        <translation>sender.unit_code ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.signing_key_id is not the key that signed it</source>
        <translation>sender.signing_key_id ནི་དེར་མིང་རྟགས་བཀོད་པའི་གསང་ལྡེ་མིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sequence is not a number from 1</source>
        <translation>sequence ནི་1ནས་འགོ་འཛུགས་པའི་ཨང་གྲངས་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since is not a number below sequence</source>
        <translation>since ནི་sequence ལས་ཆུང་བའི་ཨང་གྲངས་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous_hash is not valid</source>
        <translation>previous_hash ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ack is not valid</source>
        <translation>ack ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counts is not valid</source>
        <translation>counts ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files is not valid</source>
        <translation>files ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payload sizes are not valid</source>
        <translation>ནང་དོན་གྱི་ཆེ་ཆུང་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s contents are {size} MB, more than the format allows ({limit} MB).</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་ {size} MB ཡོད་པས་རྣམ་གཞག་གིས་ཆོག་པའི་ཚད་ ({limit} MB) ལས་བརྒལ་འདུག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payload.length does not fit plaintext_length</source>
        <translation>payload.length ནི་plaintext_length དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payload.sha256 is not valid</source>
        <translation>payload.sha256 ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encryption.algorithm is not {algorithm}</source>
        <translation>encryption.algorithm ནི་ {algorithm} མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption.ephemeral_key is not a key</source>
        <translation>encryption.ephemeral_key ནི་ཚད་ལྡན་གྱི་གསང་ལྡེ་མིན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recipient.installation_id is not an id</source>
        <translation>recipient.installation_id ནི་ཚད་ལྡན་གྱི་ཨང་རྟགས་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recipient.encryption_key_id is not valid</source>
        <translation>recipient.encryption_key_id ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle was made for another installation ({id}), not for this one ({ours}). Import it on the computer it was made for.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་མཐའ་སྣེ་གཞན་ཞིག་ ({id}) གི་ཆེད་དུ་བཟོས་པ་ཡིན། མཐའ་སྣེ་འདི་ ({ours}) ཡི་ཆེད་དུ་བཟོས་པ་མིན། དེ་ཆེད་དུ་བཟོས་པའི་གློག་ཀླད་སྟེང་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was encrypted to another key of this installation (key {theirs}; this installation&apos;s key is {ours}). The sender must enrol this installation again from its current enrolment file, then export a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་མཐའ་སྣེ་འདིའི་གསང་ལྡེ་གཞན་ཞིག་གིས་གསང་སྦས་བྱས་འདུག (གསང་ལྡེ་ {theirs}། མཐའ་སྣེ་འདིའི་གསང་ལྡེ་ནི་ {ours} ཡིན།) སྐྱེལ་མཁན་གྱིས་མཐའ་སྣེ་འདིའི་ད་ལྟའི་ཐོ་འགོད་ཡིག་ཆ་བཀོལ་ནས་མཐའ་སྣེ་འདི་ཡང་བསྐྱར་ཐོ་འགོད་བྱས་རྗེས་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་བཟོ་དགོས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle&apos;s header is not valid ({what}). It was signed by the sender, so their VillageDesk made a faulty bundle: ask them to update VillageDesk and export again.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་མགོ་ཡིག་ཚད་ལྡན་མིན། ({what}) དེར་སྐྱེལ་མཁན་གྱི་མིང་རྟགས་ཡོད་པས་ཕ་རོལ་པོའི་VillageDesk གིས་སྐྱོན་ཅན་གྱི་གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོས་འདུག ཁོང་ཚོས་VillageDesk གསར་སྒྱུར་བྱས་ནས་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་བཟོ་དགོས་པའི་རེ་བ་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{field} is not an object</source>
        <translation>{field} ནི་དངོས་པོ་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/enrolment.py" line="+123"/>
        <source>the field {field} is missing</source>
        <translation>ཡིག་དུམ་ {field} མི་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/enrolment.py" line="+3"/>
        <source>it has an unknown field {field}</source>
        <translation>དེའི་ནང་ངོས་མ་ཟིན་པའི་ཡིག་དུམ་ {field} ཡོད།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/container.py" line="-27"/>
        <location filename="../desktop/services/sync/importing.py" line="+224"/>
        <source>This bundle comes from an installation that is not enrolled here ({id}). Enrol it first with its enrolment file and the fingerprint from its slip, then import the bundle again.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་འདིར་ཐོ་འགོད་བྱས་མེད་པའི་མཐའ་སྣེ་ཞིག་ ({id}) ནས་ཡོང་བ་ཡིན། སྔོན་ལ་དེའི་ཐོ་འགོད་ཡིག་ཆ་དང་ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་མཛུབ་རིས་ཨང་གྲངས་བཀོལ་ནས་ཐོ་འགོད་བྱས་རྗེས་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle {name} was changed or damaged after it was signed: its signature does not verify with the key of {id}, the installation it claims to come from. Nothing was read from it. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {name} ལ་མིང་རྟགས་བཀོད་རྗེས་བཟོ་བཅོས་བྱས་པའམ་སྐྱོན་ཤོར་འདུག དེ་ཡོང་ཁུངས་སུ་བཤད་པའི་མཐའ་སྣེ་ {id} ཡི་གསང་ལྡེས་དེའི་མིང་རྟགས་ར་སྤྲོད་བྱེད་མི་ཐུབ། དེའི་ནང་ནས་ཅི་ཡང་བཀློགས་མེད། སྐྱེལ་མཁན་གྱི་གློག་ཀླད་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་པའམ། ཡང་ན་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not a VillageDesk bundle. Choose a .vdbundle file exported by VillageDesk.</source>
        <translation>{name} ནི་VillageDesk ཡི་གཞི་གྲངས་ཐུམ་སྒྲིལ་མིན། VillageDesk གིས་བཟོས་པའི་ .vdbundle ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a bundle of any VillageDesk version (its format number is {version}). Choose a .vdbundle file exported by VillageDesk.</source>
        <translation>{name} ནི་VillageDesk ཡི་པར་གཞི་གང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡང་མིན། (དེའི་རྣམ་གཞག་ཨང་གྲངས་ནི་ {version} ཡིན།) VillageDesk གིས་བཟོས་པའི་ .vdbundle ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle {name} is damaged: its header length ({length} bytes) is outside the format&apos;s limits. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {name} ལ་སྐྱོན་ཤོར་འདུག དེའི་མགོ་ཡིག་གི་རིང་ཚད་ ({length} ཡིག་ཚིགས།) རྣམ་གཞག་གི་ཚད་བཀག་ལས་བརྒལ་འདུག སྐྱེལ་མཁན་གྱི་གློག་ཀླད་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་པའམ། ཡང་ན་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file changed after it was checked</source>
        <translation>ཞིབ་བཤེར་བྱས་རྗེས་ཡིག་ཆ་ལ་འགྱུར་བ་བྱུང་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends {missing} bytes early, so it was probably not copied completely</source>
        <translation>དེ་ཡིག་ཚིགས་ {missing} སྔ་བར་མཇུག་རྫོགས་འདུག་པས་ཆ་ཚང་འདྲ་བཤུས་བྱས་མེད་པ་འདྲ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{extra} bytes follow the end of the payload</source>
        <translation>ནང་དོན་མཇུག་རྫོགས་རྗེས་ཡིག་ཚིགས་ {extra} ལྷག་འདུག</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part {index} of {count} has the wrong length</source>
        <translation>ཆ་ཤས་ {count} ལས་ཆ་ཤས་{index}པའི་རིང་ཚད་ནོར་འདུག</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bytes follow the last part</source>
        <translation>ཆ་ཤས་མཐའ་མའི་རྗེས་སུ་ཡིག་ཚིགས་ལྷག་མ་ཡོད་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decrypted contents do not match the signed hash</source>
        <translation>གསང་སྦས་བཀྲོལ་རྗེས་ཀྱི་ནང་དོན་དེ་མིང་རྟགས་བཀོད་པའི་བརྟག་དཔྱད་ཨང་གྲངས་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it was cut off after part {index}</source>
        <translation>ཆ་ཤས་{index}པའི་རྗེས་སུ་ཆད་འདུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part {index} of {count} does not decrypt</source>
        <translation>ཆ་ཤས་ {count} ལས་ཆ་ཤས་{index}པ་གསང་སྦས་བཀྲོལ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The bundle written to {folder} does not read back as it was written: the disk or USB stick may be faulty. Nothing was recorded as sent. Try another USB stick, then export again.</source>
        <translation>{folder} ལ་བྲིས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་བསྐྱར་ཀློག་བྱས་དུས་བྲིས་པ་དང་མི་མཐུན་པས་གསོག་སྡེར་རམ་U སྡེར་ལ་སྐྱོན་ཡོད་སྲིད། བསྐུར་ཟིན་པར་ཐོ་འགོད་བྱས་མེད། U སྡེར་གཞན་ཞིག་བཀོལ་ནས་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་བཟོ་རོགས།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its encryption key is not usable</source>
        <translation>དེའི་གསང་སྦས་གསང་ལྡེ་བཀོལ་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The bundle {name} ends early ({size} bytes where its header needs at least {needed}). It was probably not copied completely: copy it again from the sending computer.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {name} སྔ་བར་མཇུག་རྫོགས་འདུག (ཡིག་ཚིགས་ {size} ལས་མེད། མགོ་ཡིག་ལ་ཉུང་མཐར་ཡིག་ཚིགས་ {needed} དགོས།) ཆ་ཚང་འདྲ་བཤུས་བྱས་མེད་པ་འདྲ། སྐྱེལ་མཁན་གྱི་གློག་ཀླད་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contents of the bundle {name} are damaged ({what}). Nothing was imported. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {name} གྱི་ནང་དོན་ལ་སྐྱོན་ཤོར་འདུག ({what}) ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། སྐྱེལ་མཁན་གྱི་གློག་ཀླད་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་པའམ། ཡང་ན་གཞི་གྲངས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle {path} cannot be read: {reason}. If it is on a USB stick, check that the stick is in, then try again.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {path} ཀློག་མི་ཐུབ། {reason} དེ་U སྡེར་ནང་ཡོད་ན་U སྡེར་འཛུད་ཡོད་མེད་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing to {folder} failed: {reason}. The disk or USB stick may be full or was removed. Make room or put the stick back, then try again.</source>
        <translation>{folder} ལ་འབྲི་མ་ཐུབ། {reason} གསོག་སྡེར་རམ་U སྡེར་ཁེངས་པའམ་ཕྱིར་བཏོན་ཡོད་སྲིད། བར་སྟོང་སྟོང་པར་བཟོ་བའམ་U སྡེར་བསྐྱར་དུ་འཛུད་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/enrolment.py" line="-57"/>
        <source>The enrolment file could not be written to {path}: {reason}</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ {path} ལ་འབྲི་མ་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The enrolment file {path} cannot be read: {reason}</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ། {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than 64 KB, so it is not an enrolment file. Choose the .vdenrol file exported by the other installation.</source>
        <translation>{name} ནི་64 KB ལས་ཆེ་བས་ཐོ་འགོད་ཡིག་ཆ་མིན། མཐའ་སྣེ་གཞན་དེས་ཕྱིར་འདྲེན་བྱས་པའི་ .vdenrol ཡིག་ཆ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fingerprint has 40 digits; {count} were typed. Type all eight groups of five digits from the enrolment slip.</source>
        <translation>མཛུབ་རིས་ཨང་གྲངས་ལ་ཨང་ཀི་40ཡོད། ད་ལྟ་ཨང་ཀི་ {count} ལས་བཅུག་མེད། ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་ཨང་ཀི་ལྔ་ལྔའི་ཚོ་བརྒྱད་པོ་ཚང་མ་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprint typed does not match this enrolment file. Check the digits against the slip of {name}. If they are right, this file is not the one that installation made: do not enrol it, and ask for the file again.</source>
        <translation>བཅུག་པའི་མཛུབ་རིས་ཨང་གྲངས་དེ་ཐོ་འགོད་ཡིག་ཆ་འདི་དང་མི་མཐུན། {name} ཡི་ཐོ་འགོད་ཤོག་བྱང་དང་བསྡུར་ནས་ཨང་ཀི་ཞིབ་བཤེར་བྱེད་རོགས། ཨང་ཀི་ནོར་མེད་ན་ཡིག་ཆ་འདི་མཐའ་སྣེ་དེས་བཟོས་པ་མིན། ཐོ་འགོད་མ་བྱེད་པར་ཡིག་ཆ་ཡང་བསྐྱར་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a VillageDesk enrolment file. Choose the .vdenrol file exported by the other installation.</source>
        <translation>{name} ནི་VillageDesk ཡི་ཐོ་འགོད་ཡིག་ཆ་མིན། མཐའ་སྣེ་གཞན་དེས་ཕྱིར་འདྲེན་བྱས་པའི་ .vdenrol ཡིག་ཆ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This enrolment file was made by a newer VillageDesk (format {version}). Update VillageDesk on this computer, then import it again.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་འདི་VillageDesk ཡི་པར་གཞི་གསར་བ་ཞིག་གིས་བཟོས་པ་ཡིན། (རྣམ་གཞག་པར་གཞི་ {version}) གློག་ཀླད་འདིའི་VillageDesk གསར་སྒྱུར་བྱས་རྗེས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version is not valid</source>
        <translation>དེའི་རྣམ་གཞག་པར་གཞི་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The enrolment file was changed after it was made: its signature does not match its contents. Do not enrol it; ask the other installation to export a new one.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་བཟོས་རྗེས་བཟོ་བཅོས་བྱས་འདུག དེའི་མིང་རྟགས་དང་ནང་དོན་མི་མཐུན། ཐོ་འགོད་མ་བྱེད། མཐའ་སྣེ་གཞན་དེས་ཐོ་འགོད་ཡིག་ཆ་གསར་པ་ཞིག་ཕྱིར་འདྲེན་བྱེད་དགོས་པའི་རེ་བ་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installation id is not valid</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role is neither township nor county</source>
        <translation>རིམ་པ་ནི་ཤང་རིམ་ཡང་མིན་རྫོང་རིམ་ཡང་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the installation name is empty or too long</source>
        <translation>མཐའ་སྣེའི་མིང་སྟོང་པ་ཡིན་པའམ་རིང་དྲགས་འདུག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the administrative unit is not valid</source>
        <translation>སྲིད་འཛིན་ལས་ཁུངས་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation time is not valid</source>
        <translation>བཟོས་པའི་དུས་ཚོད་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The enrolment file is damaged ({what}). Ask the other installation to export a new one.</source>
        <translation>ཐོ་འགོད་ཡིག་ཆ་ལ་སྐྱོན་ཤོར་འདུག ({what}) མཐའ་སྣེ་གཞན་དེས་ཐོ་འགོད་ཡིག་ཆ་གསར་པ་ཞིག་ཕྱིར་འདྲེན་བྱེད་དགོས་པའི་རེ་བ་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {field} is not valid</source>
        <translation>ཡིག་དུམ་ {field} ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/exporting.py" line="+59"/>
        <source>No installation {id} is enrolled here. Enrol it first with its enrolment file and the fingerprint from its slip.</source>
        <translation>འདིར་མཐའ་སྣེ་ {id} ཐོ་འགོད་བྱས་མེད། སྔོན་ལ་དེའི་ཐོ་འགོད་ཡིག་ཆ་དང་ཐོ་འགོད་ཤོག་བྱང་སྟེང་གི་མཛུབ་རིས་ཨང་གྲངས་བཀོལ་ནས་ཐོ་འགོད་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was revoked on {date}: no bundles are made for it.</source>
        <translation>{name} ནི་ {date} ལ་ཆ་མེད་བཏང་ཟིན་པས་དེའི་ཆེད་དུ་གཞི་གྲངས་ཐུམ་སྒྲིལ་མི་བཟོ།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading changes…</source>
        <translation>འགྱུར་བ་ཀློག་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypting and writing the bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གསང་སྦས་བྱས་ནས་འབྲི་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The township {code} of {name} is not in this database, so there is nothing to send it yet. Import its first bundle, or add the township.</source>
        <translation>{name} ཡི་ཤང་གྲོང་རྡལ་ {code} གཞི་གྲངས་མཛོད་འདིའི་ནང་མེད་པས་ད་ལྟ་དེར་སྐྱེལ་རྒྱུ་ཅི་ཡང་མེད། དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་དང་པོ་ནང་འདྲེན་བྱེད་པའམ། ཡང་ན་ཤང་གྲོང་རྡལ་དེ་ཁ་སྣོན་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/importing.py" line="-135"/>
        <source>Checking and decrypting the bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཞིབ་བཤེར་དང་གསང་སྦས་བཀྲོལ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Importing…</source>
        <translation>ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This bundle comes from {name}, whose key was revoked on {date}. Nothing was imported.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་ {name} ནས་ཡོང་བ་ཡིན། དེའི་གསང་ལྡེ་ {date} ལ་ཆ་མེད་བཏང་ཟིན། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle {sequence} from this sender was already imported. Nothing was changed.</source>
        <translation>སྐྱེལ་མཁན་འདིའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {sequence} སྔར་ནང་འདྲེན་བྱས་ཟིན། ཅི་ཡང་བཟོ་བཅོས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: bundle {sequence} from {name} was imported before with different content. This file may have been altered, or {name}&apos;s database was restored from a backup. Nothing was imported; ask {name} for a full bundle.</source>
        <translation>ཉེན་བརྡ། {name} ཡི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {sequence} སྔར་ནང་དོན་མི་འདྲ་བ་ཞིག་གི་ཐོག་ནང་འདྲེན་བྱས་མྱོང་། ཡིག་ཆ་འདི་ལ་བཟོ་བཅོས་བྱས་ཡོད་སྲིད། ཡང་ན་ {name} ཡི་གཞི་གྲངས་མཛོད་གྲབས་ཉར་ནས་སོར་ཆུད་བྱས་ཡོད་སྲིད། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། {name} ལ་ཆ་ཚང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: bundle {sequence} from {name} does not follow the bundle {previous} imported here. Nothing was imported; ask {name} for a full bundle.</source>
        <translation>ཉེན་བརྡ། {name} ཡི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {sequence} དེ་འདིར་ནང་འདྲེན་བྱས་ཟིན་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {previous} ཡི་རྗེས་སུ་མཐུད་མི་འདུག ཅི་ཡང་ནང་འདྲེན་བྱས་མེད། {name} ལ་ཆ་ཚང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundle {sequence} from {name} builds on its bundle {since}, which has not been imported here. It is kept and will be imported after bundle {since}. If that bundle is lost, ask {name} for a full bundle.</source>
        <translation>{name} ཡི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {sequence} ནི་དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {since} ཡི་རྨང་གཞིའི་ཐོག་བཟོས་པ་ཡིན་ལ། དེ་ད་དུང་འདིར་ནང་འདྲེན་བྱས་མེད། འདི་ཉར་ཡོད་པས་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {since} ནང་འདྲེན་བྱས་རྗེས་ནང་འདྲེན་བྱེད་ངེས། གཞི་གྲངས་ཐུམ་སྒྲིལ་དེ་བོར་ཡོད་ན་ {name} ལ་ཆ་ཚང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཞིག་ཞུ་རོགས།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds a table this version does not know ({table}).</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་པར་གཞི་འདིས་ངོས་མི་ཟིན་པའི་རེའུ་མིག་ ({table}) ཞིག་ཡོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s tables are not in the order of the format.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་གི་རེའུ་མིག་རྣམས་རྣམ་གཞག་གི་གོ་རིམ་ལྟར་མིན།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s contents do not match the counts in its signed header.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་གྱི་ནང་དོན་དེ་མིང་རྟགས་བཀོད་པའི་མགོ་ཡིག་ནང་གི་གྲངས་འབོར་དང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Record {id} appears twice in table {table}.</source>
        <translation>ཟིན་ཐོ་ {id} རེའུ་མིག་ {table} ནང་ཐེངས་གཉིས་ཐོན་འདུག</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comparing with this database…</source>
        <translation>གཞི་གྲངས་མཛོད་འདི་དང་བསྡུར་བཞིན་པ།…</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/results.py" line="+15"/>
        <source>county</source>
        <translation>རྫོང་རིམ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>township</source>
        <translation>ཤང་རིམ།</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/service.py" line="+97"/>
        <source>An installation is set up as a county or as a township.</source>
        <translation>མཐའ་སྣེ་ནི་རྫོང་རིམ་མམ་ཤང་རིམ་པར་སྒྲིག་དགོས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit&apos;s division code is made of digits.</source>
        <translation>ལས་ཁུངས་ཀྱི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས་ནི་ཨང་ཀི་ཁོ་ནས་གྲུབ་དགོས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation has already exchanged bundles as a {mode}; it cannot change sides.</source>
        <translation>མཐའ་སྣེ་འདིས་ {mode} ཐོག་ནས་གཞི་གྲངས་ཐུམ་སྒྲིལ་བརྗེ་རེས་བྱས་ཟིན་པས་ཕྱོགས་བསྒྱུར་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no county with the code {code} here. Give its Chinese name to add it.</source>
        <translation>འདིར་ཨང་རྟགས་ {code} ཡིན་པའི་རྫོང་མེད། རྫོང་དེ་ཁ་སྣོན་བྱེད་པར་དེའི་རྒྱ་ཡིག་མིང་འབྲི་རོགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit {code} ({name}) is not a {level}.</source>
        <translation>ལས་ཁུངས་ {code} ({name}) ནི་{level} མིན།</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is this installation&apos;s own enrolment file.</source>
        <translation>འདི་ནི་མཐའ་སྣེ་འདི་རང་གི་ཐོ་འགོད་ཡིག་ཆ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is set up as a {role} like this installation; a township enrols its county and a county its townships.</source>
        <translation>{name} ནི་མཐའ་སྣེ་འདི་དང་འདྲ་བར་ {role} ལ་སྒྲིག་འདུག ཤང་གྲོང་རྡལ་གྱིས་རང་གི་རྫོང་ཐོ་འགོད་བྱེད་ལ། རྫོང་གིས་རང་གི་ཤང་གྲོང་རྡལ་རྣམས་ཐོ་འགོད་བྱེད།</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../desktop/storage/sync_peers.py" line="+87"/>
        <source>No installation {id} is enrolled here.</source>
        <translation>འདིར་མཐའ་སྣེ་ {id} ཐོ་འགོད་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a county revokes an installation&apos;s key.</source>
        <translation>རྫོང་རིམ་གྱི་མཐའ་སྣེ་ཁོ་ནས་མཐའ་སྣེའི་གསང་ལྡེ་ཆ་མེད་གཏོང་ཐུབ།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_peers.py" line="+27"/>
        <location line="+3"/>
        <source>The bundle&apos;s list of revoked installations is malformed.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་གི་ཆ་མེད་བཏང་ཟིན་པའི་མཐའ་སྣེའི་ཐོ་གཞུང་གི་རྣམ་གཞག་ནོར་འདུག</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync.py" line="+242"/>
        <source>There is no conflict {id}.</source>
        <translation>འགལ་ཟླ་ {id} མེད།</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict {id} was resolved already.</source>
        <translation>འགལ་ཟླ་ {id} སྔར་ཐག་བཅད་ཟིན།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_checks.py" line="+49"/>
        <source>The record {id} of table {table} points in column {column} at the {target} record {value}, which is neither in this database nor in the bundle.</source>
        <translation>རེའུ་མིག་ {table} ཡི་ཟིན་ཐོ་ {id} ཡི་སྟར་ {column} ནང་ {target} ཟིན་ཐོ་ {value} ལ་ཁ་ཕྱོགས་འདུག་ཀྱང་། ཟིན་ཐོ་དེ་གཞི་གྲངས་མཛོད་འདི་དང་གཞི་གྲངས་ཐུམ་སྒྲིལ་གཉིས་ཀའི་ནང་མེད།</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The record {theirs} of table {table} in the bundle and the record {here} in this database both hold {key}: they were made separately on both sides. Delete or change one of them on its side, then exchange again.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་གི་རེའུ་མིག་ {table} ཡི་ཟིན་ཐོ་ {theirs} དང་གཞི་གྲངས་མཛོད་འདིའི་ཟིན་ཐོ་ {here} གཉིས་ཀར་ {key} ཡོད། དེ་དག་ཕྱོགས་གཉིས་ནས་སོ་སོར་བཟོས་པ་ཡིན། དེ་གཉིས་ལས་གཅིག་རང་ཕྱོགས་སུ་སུབ་པའམ་བཟོ་བཅོས་བྱས་རྗེས་ཡང་བསྐྱར་གཞི་གྲངས་བརྗེ་རེས་བྱེད་རོགས།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_records.py" line="+69"/>
        <source>The bundle holds a table this program does not know: {table}.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་མཉེན་ཆས་འདིས་ངོས་མི་ཟིན་པའི་རེའུ་མིག་ཅིག་ཡོད། {table}།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The record {id} of table {table} has an invalid value in column {column}.</source>
        <translation>རེའུ་མིག་ {table} ཡི་ཟིན་ཐོ་ {id} ཡི་སྟར་ {column} ནང་གི་གྲངས་ཐང་ཚད་ལྡན་མིན།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A record of table {table} is not an object.</source>
        <translation>རེའུ་མིག་ {table} ནང་གི་ཟིན་ཐོ་ཞིག་དངོས་པོ་མིན།</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The record {id} of table {table} does not have the columns of its table (missing: {missing}; unknown: {unknown}).</source>
        <translation>རེའུ་མིག་ {table} ཡི་ཟིན་ཐོ་ {id} དེ་རེའུ་མིག་དེའི་སྟར་དང་མི་མཐུན། (མེད་པ། {missing} ངོས་མ་ཟིན་པ། {unknown})</translation>
    </message>
    <message>
        <location filename="_missed_by_lupdate.py" line="+1"/>
        <source>Enrolment slip</source>
        <translation>ཐོ་འགོད་ཤོག་བྱང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>ཚེས་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by (signature)</source>
        <translation>པར་འདེབས་མཁན། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by, at the other installation (signature)</source>
        <translation>མཐའ་སྣེ་གཞན་དེའི་ཞིབ་བཤེར་བྱེད་མཁན། (མིང་རྟགས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation name</source>
        <translation>མཐའ་སྣེའི་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as</source>
        <translation>སྒྲིག་འགོད་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>ལས་ཁུངས་ཀྱི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>མཐའ་སྣེའི་ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>མཛུབ་རིས་ཨང་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare these digits with the screen of the other installation before enrolling.</source>
        <translation>ཐོ་འགོད་མ་བྱས་གོང་ཨང་ཀི་འདི་དག་མཐའ་སྣེ་གཞན་དེའི་བརྙན་ཡོལ་སྟེང་གི་ཨང་ཀི་དང་བསྡུར་རོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this slip apart from the enrolment file: the other side types these digits, so a file changed on the way is refused.</source>
        <translation>ཤོག་བྱང་འདི་ཐོ་འགོད་ཡིག་ཆ་དང་ཁ་གྲལ་དུ་སྐྱེལ་རོགས། ཕ་རོལ་པོས་ཨང་ཀི་འདི་དག་ལག་པས་འཇུག་དགོས་པས་ལམ་བར་དུ་བཟོ་བཅོས་བྱས་པའི་ཡིག་ཆ་ཕྱིར་བསྐྱུར་བྱེད་ངེས།</translation>
    </message>
</context>
<context>
    <name>SyncCountsModel</name>
    <message>
        <location filename="../desktop/ui/sync_counts_model.py" line="+96"/>
        <source>Records</source>
        <translation>ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>གསར་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>བཟོ་བཅོས་བྱས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>འགྱུར་མེད།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>འགལ་ཟླ།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All records</source>
        <translation>ཟིན་ཐོ་ཡོངས།</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{same} the same here, {older} older than the version here, {merged} the same change made on both sides</source>
        <translation>{same} ནི་འདིར་ཡོད་པ་དང་གཅིག་མཚུངས། {older} ནི་འདིའི་པར་གཞི་ལས་རྙིང་བ། {merged} ནི་ཕྱོགས་གཉིས་ནས་བཟོ་བཅོས་གཅིག་མཚུངས་བྱས་པ།</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <location filename="../desktop/ui/sync_export_dialog.py" line="+148"/>
        <source>No installation is enrolled here yet. Enrol the other side first (Exchange → Enrol an installation…).</source>
        <translation>འདིར་ད་དུང་མཐའ་སྣེ་གང་ཡང་ཐོ་འགོད་བྱས་མེད། སྔོན་ལ་ཕ་རོལ་པོ་ཐོ་འགོད་བྱེད་རོགས། (གཞི་གྲངས་བརྗེ་རེས། → མཐའ་སྣེ་ཐོ་འགོད།…)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last bundle made for it: No. {sequence}, {when}; it has imported ours up to No. {acked}.</source>
        <translation>དེའི་ཆེད་དུ་མཐའ་མར་བཟོས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ནི་ཨང་ {sequence} ཡིན། ({when}) ཕ་རོལ་པོས་ང་ཚོའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཨང་ {acked} བར་ནང་འདྲེན་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last bundle made for it: No. {sequence}, {when}; it has not said yet that it imported one.</source>
        <translation>དེའི་ཆེད་དུ་མཐའ་མཇུག་བཟོས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ། ཨང་{sequence}པ། {when} ཕྱོགས་དེས་ད་དུང་ནང་འདྲེན་བྱས་ཟིན་པའི་བརྡ་མ་བཏང་།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bundle was made for it yet: the first one holds every record.</source>
        <translation>ད་དུང་དེའི་ཆེད་དུ་གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོས་མེད། དང་པོ་དེའི་ནང་ཟིན་ཐོ་ཚང་མ་ཚུད་ངེས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bundle imported from it: No. {sequence}, {when}.</source>
        <translation>དེ་ནས་མཐའ་མར་ནང་འདྲེན་བྱས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ནི་ཨང་ {sequence} ཡིན། ({when})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported from it yet.</source>
        <translation>ད་དུང་དེ་ནས་ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <location line="+59"/>
        <location line="+7"/>
        <source>Make bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ།</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>VillageDesk bundles (*.vdbundle)</source>
        <translation>VillageDesk གཞི་གྲངས་ཐུམ་སྒྲིལ། (*.vdbundle)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is there already. Replace it?</source>
        <translation>{file} སྔར་ནས་ཡོད། ཚབ་བརྗེ་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the bundle for {name}…</source>
        <translation>{name} ཆེད་དུ་གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bundle was made: {reason}</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོས་མེད། {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. No bundle was made.</source>
        <translation>འདོར་ཟིན། གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོས་མེད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every record</source>
        <translation>ཟིན་ཐོ་ཚང་མ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the changes after bundle {since}</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ {since} རྗེས་ཀྱི་འགྱུར་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle {sequence} for {name} is written ({what}): {rows} records, {files} files, {size}.
{path}</source>
        <translation>{name} ཆེད་དུ་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {sequence} ({what}) བྲིས་ཟིན། ཟིན་ཐོ་{rows} ཡིག་ཆ་{files} ཆེ་ཆུང་ {size}།
{path}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Send to</source>
        <translation>གཏོང་ཡུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>ཉར་ཚགས་བྱེད་ས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full bundle</source>
        <translation>ཆ་ཚང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record again, not only the changes since the last bundle it imported. For a new installation, or when a bundle was lost.</source>
        <translation>ཕྱོགས་གཞན་གྱིས་མཐའ་མར་ནང་འདྲེན་བྱས་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་རྗེས་ཀྱི་འགྱུར་བ་ཙམ་མ་ཡིན་པར་ཟིན་ཐོ་ཚང་མ་ཡང་བསྐྱར་གཏོང་། མཐའ་སྣེ་གསར་པ་ཡིན་པའམ་གཞི་གྲངས་ཐུམ་སྒྲིལ་བོར་བའི་སྐབས་སུ་བེད་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <location filename="../desktop/ui/sync_import_dialog.py" line="+129"/>
        <location line="+118"/>
        <source>Import bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>VillageDesk bundles (*.vdbundle);;All files (*)</source>
        <translation>VillageDesk གཞི་གྲངས་ཐུམ་སྒྲིལ། (*.vdbundle);;ཡིག་ཆ་ཡོངས། (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>{file} བརྟག་དཔྱད་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བརྟག་དཔྱད་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking was cancelled. Nothing was imported.</source>
        <translation>བརྟག་དཔྱད་འདོར་ཟིན། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file} was refused: {reason}</source>
        <translation>{file} ཕྱིར་བསྐྱུར་ཟིན། {reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>འདོར་ཟིན། ཅི་ཡང་ནང་འདྲེན་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན་བྱས་མེད། {reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bundle file</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>འདེམས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>ནང་འདྲེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
</context>
<context>
    <name>SyncImportSummary</name>
    <message>
        <location filename="../desktop/ui/sync_import_summary.py" line="+145"/>
        <source>{name} ({role} {unit})</source>
        <translation>{name} ({role} {unit})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {sequence}, made {when}, with the changes after its bundle {since}</source>
        <translation>གོ་རིམ་ཨང་ {sequence}། {when} ལ་བཟོས། ཕྱོགས་དེའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {since} རྗེས་ཀྱི་འགྱུར་བ་ཚུད་ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {sequence}, made {when}, a full bundle (every record)</source>
        <translation>གོ་རིམ་ཨང་ {sequence}། {when} ལ་བཟོས། ཆ་ཚང་གི་གཞི་གྲངས་ཐུམ་སྒྲིལ། (ཟིན་ཐོ་ཚང་མ།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; files attached: {files}</source>
        <translation>། ཟུར་སྣོན་ཡིག་ཆ། {files}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This bundle was already imported. Nothing was changed.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་སྔར་ནང་འདྲེན་བྱས་ཟིན། ཅི་ཡང་བཟོ་བཅོས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle waits for an earlier one.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདིས་དེའི་སྔོན་གྱི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ཞིག་སྒུག་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. The changes are saved in this database.</source>
        <translation>ནང་འདྲེན་བྱས་ཟིན། འགྱུར་བ་རྣམས་གཞི་གྲངས་མཛོད་འདིའི་ནང་ཉར་ཚགས་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also imported bundle {sequence}, which was waiting for this one ({written} records written).</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདི་སྒུག་བཞིན་པའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {sequence} ཡང་ནང་འདྲེན་བྱས་ཟིན། (ཟིན་ཐོ་{written} བྲིས།)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle changes nothing here. Import it anyway so that {name} learns it arrived.</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་འདིས་འདིར་འགྱུར་བ་གང་ཡང་མི་ཐེབས། འོན་ཀྱང་དེ་འབྱོར་ཟིན་པ་ {name} ཡིས་ཤེས་ཆེད་ནང་འདྲེན་གནང་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle {number} from {name} never arrived here. This bundle carries its changes too, so nothing is lost.</source>
        <translation>{name} ནས་ཡོང་བའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {number} འདིར་གཏན་ནས་མ་འབྱོར། གཞི་གྲངས་ཐུམ་སྒྲིལ་འདིའི་ནང་དེའི་འགྱུར་བ་ཡང་ཚུད་ཡོད་པས་ཅི་ཡང་བོར་བརླག་མི་འགྲོ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles {numbers} from {name} never arrived here. This bundle carries their changes too, so nothing is lost.</source>
        <translation>{name} ནས་ཡོང་བའི་གཞི་གྲངས་ཐུམ་སྒྲིལ་ {numbers} འདིར་གཏན་ནས་མ་འབྱོར། གཞི་གྲངས་ཐུམ་སྒྲིལ་འདིའི་ནང་དེ་དག་གི་འགྱུར་བ་ཡང་ཚུད་ཡོད་པས་ཅི་ཡང་བོར་བརླག་མི་འགྲོ།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written: {new} new, {changed} changed, {deleted} deleted, {conflict} conflicts; {unchanged} unchanged.</source>
        <translation>བྲིས་ཟིན། གསར་པ་{new} བཟོ་བཅོས་བྱས་པ་{changed} བསུབས་པ་{deleted} འགལ་ཟླ་{conflict} འགྱུར་མེད་{unchanged}།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import would write {new} new, {changed} changed, {deleted} deleted and {conflict} conflicts; {unchanged} unchanged. Nothing is written before you press Import.</source>
        <translation>ནང་འདྲེན་བྱས་ན་འབྲི་རྒྱུ། གསར་པ་{new} བཟོ་བཅོས་བྱས་པ་{changed} བསུབས་པ་{deleted} འགལ་ཟླ་{conflict} འགྱུར་མེད་{unchanged}། “ནང་འདྲེན།”མ་མནན་གོང་ཅི་ཡང་འབྲི་མི་སྲིད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version here</source>
        <translation>མཐའ་སྣེ་འདིའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version from {name}</source>
        <translation>{name} ནས་ཡོང་བའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version from installation {id}</source>
        <translation>མཐའ་སྣེ་ {id} ནས་ཡོང་བའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>By table</source>
        <translation>རེའུ་མིག་ལྟར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By village ({count})</source>
        <translation>གྲོང་ཚོ་ལྟར། ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts ({count})</source>
        <translation>འགལ་ཟླ། ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>གཏོང་མཁན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>ཟིན་ཐོའི་རིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version that stays</source>
        <translation>ཉར་བའི་པར་གཞི།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>རྒྱུ་མཚན།</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../desktop/ui/sync_menu.py" line="+68"/>
        <source>E&amp;xchange</source>
        <translation>གཞི་གྲངས་བརྗེ་རེས།(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundle…</source>
        <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན།…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts ({count})…</source>
        <translation>འགལ་ཟླ། ({count})…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts…</source>
        <translation>འགལ་ཟླ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation…</source>
        <translation>མཐའ་སྣེ་འདི།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol an installation…</source>
        <translation>མཐའ་སྣེ་ཐོ་འགོད།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships…</source>
        <translation>ཤང་གྲོང་རྡལ།…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installations…</source>
        <translation>མཐའ་སྣེ།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as county or township…</source>
        <translation>རྫོང་རིམ་མམ་ཤང་རིམ་པར་སྒྲིག…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../desktop/ui/sync_words.py" line="+20"/>
        <source>Administrative units</source>
        <translation>སྲིད་འཛིན་ས་ཁོངས་ཀྱི་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates</source>
        <translation>ཞིབ་བཤེར་ཐོ་གཞུང་གི་དཔེ་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning policies</source>
        <translation>ཉེན་བརྡའི་སྒྲིག་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective income</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར་ཡོང་འབབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village ratings</source>
        <translation>གྲོང་ཚོའི་རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>མི་སྣ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection answers</source>
        <translation>ཞིབ་བཤེར་གྱི་ལན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection evidence</source>
        <translation>ཞིབ་བཤེར་གྱི་ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village warnings</source>
        <translation>གྲོང་ཚོའི་ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem history</source>
        <translation>གནད་དོན་གྱི་འགྱུར་ལྡོག་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem evidence</source>
        <translation>གནད་དོན་གྱི་ར་སྤྲོད་ཡིག་ཆ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan items</source>
        <translation>འཆར་གཞིའི་དོན་ཚན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan history</source>
        <translation>འཆར་གཞིའི་ལོ་རྒྱུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activities</source>
        <translation>རོགས་སྐྱོར་བྱ་འགུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance reviews</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན་གྱི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The side that owns these records decides</source>
        <translation>ཟིན་ཐོ་འདི་དག་གི་བདག་པོའི་ཕྱོགས་ཀྱིས་ཐག་གཅོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later change stays</source>
        <translation>རྗེས་སུ་བྱས་པའི་བཟོ་བཅོས་ཉར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: the version edited more often stays</source>
        <translation>དུས་མཉམ་དུ་བཟོ་བཅོས་བྱས། བཟོ་བཅོས་ཐེངས་གྲངས་མང་བའི་པར་གཞི་ཉར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: decided by installation number</source>
        <translation>དུས་མཉམ་དུ་བཟོ་བཅོས་བྱས། མཐའ་སྣེའི་ཨང་རྟགས་ལྟར་ཐག་གཅོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: decided by content</source>
        <translation>དུས་མཉམ་དུ་བཟོ་བཅོས་བྱས། ནང་དོན་ལྟར་ཐག་གཅོད།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>county</source>
        <translation>རྫོང་རིམ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>township</source>
        <translation>ཤང་རིམ།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (Chinese)</source>
        <translation>མིང་། (རྒྱ་ཡིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Tibetan)</source>
        <translation>མིང་། (བོད་ཡིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>དུད་ཚང་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit</source>
        <translation>ཁ་གཏད་རོགས་སྐྱོར་ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>མཆན་འགྲེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>ཁ་པར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>ཕོ་མོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>སྐྱེས་ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>མི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>སློབ་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member</source>
        <translation>ཏང་ཡོན་ཡིན་མིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>ལས་ཁུངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>ལས་ཡུན་འགོ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>ལས་ཡུན་མཇུག་རྫོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>གསལ་བཤད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>དུས་བཀག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>དམིགས་ཡུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>ནང་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>བྱ་ཐབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>བསམ་འཆར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>ཐོབ་སྐར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>ཁ་དོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>དངུལ་འབོར། (སྒོར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>ལོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>བསུབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at</source>
        <translation>བཟོ་བཅོས་བྱས་དུས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>(སྟོང་པ།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>མིན།</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/task_runner.py" line="+56"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>འདོར་བཞིན་པ།…</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../desktop/core/terms.py" line="+68"/>
        <source>Prefecture or city</source>
        <translation>ཁུལ། (གྲོང་ཁྱེར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County or district</source>
        <translation>རྫོང་། (ཆུས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township or town</source>
        <translation>ཤང་། (གྲོང་རྡལ། ཁྲོམ་གཞུང་།)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Township</source>
        <translation>ཤང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-district</source>
        <translation>ཁྲོམ་གཞུང་།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>སྡེ་ཁུལ།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Party branch</source>
        <translation>ཏང་ཀྲི་པུའུ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party general branch</source>
        <translation>ཏང་གི་ཙུང་ཀྲི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party committee</source>
        <translation>ཏང་ཨུ།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advanced</source>
        <translation>སྔོན་ཐོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>སྤྱིར་བཏང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>རྗེས་ལུས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Red</source>
        <translation>དམར་པོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>སེར་པོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>ལྗང་ཁུ།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Soft: weak leadership team</source>
        <translation>ཞན། འགོ་ཁྲིད་ཚོགས་པ་ཞན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disorderly: disputes and petitions</source>
        <translation>འཁྲུག རྩོད་གཞི་དང་ཞུ་གཏུག་མང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lax: disorderly management, finances not public</source>
        <translation>ལྷོད། དོ་དམ་འཚབ་འཚུབ་དང་དཔལ་འབྱོར་གསལ་བསྒྲགས་མེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: weak collective economy</source>
        <translation>ཉམ་ཆུང་། མཉམ་ཚོགས་དཔལ་འབྱོར་ཞན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: villagers in poverty</source>
        <translation>དབུལ། མང་ཚོགས་ཀྱི་འཚོ་བ་དཀའ་ངལ་ཆེ་བ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soft</source>
        <translation>ཞན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disorderly</source>
        <translation>འཁྲུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lax</source>
        <translation>ལྷོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>ཉམ་ཆུང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>དབུལ།</translation>
    </message>
    <message>
        <location filename="../desktop/core/inspection_terms.py" line="+27"/>
        <source>Curb corruption</source>
        <translation>ཟ་ཟོས་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb falsehood</source>
        <translation>རྫུན་བཟོ་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb sloth</source>
        <translation>ལེ་ལོ་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb mediocrity</source>
        <translation>ནུས་མེད་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb softness</source>
        <translation>ཞན་པ་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb poverty</source>
        <translation>དབུལ་ཕོངས་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb disorder</source>
        <translation>འཁྲུག་ཆ་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb laxity</source>
        <translation>ལྷོད་ཡེངས་བཅོས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes or no</source>
        <translation>ཡིན་མིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number with bands</source>
        <translation>རིམ་དབྱེའི་གྲངས་ཀ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>གྲངས་འབོར།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Village Party organisation</source>
        <translation>གྲོང་ཚོའི་ཏང་རྩ་འཛུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township Party committee</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་ཏང་ཨུ།</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quarter</source>
        <translation>དུས་ཚིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-month warning review</source>
        <translation>ཟླ་ཕྱེད་རེའི་ཉེན་བརྡ་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off screening</source>
        <translation>ཐེངས་གཅིག་གི་ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft</source>
        <translation>ཟིན་བྲིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised</source>
        <translation>གཏན་འཁེལ་ཟིན།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Class 1</source>
        <translation>རིམ་པ་དང་པོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 2</source>
        <translation>རིམ་པ་གཉིས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 3</source>
        <translation>རིམ་པ་གསུམ་པ།</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+32"/>
        <source>Male</source>
        <translation>ཕོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>མོ།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Primary school or below</source>
        <translation>སློབ་ཆུང་དང་དེའི་མན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior secondary</source>
        <translation>སློབ་འབྲིང་འོག་མ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior secondary or vocational</source>
        <translation>སློབ་འབྲིང་གོང་མ། (འབྲིང་རིམ་ཆེད་ལས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>College</source>
        <translation>ཆེད་ལས་མཐོ་རིམ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>སློབ་ཆེན་རྩ་རིམ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgraduate</source>
        <translation>ཞིབ་འཇུག་སློབ་མ།</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tibetan ethnicity</source>
        <translation>བོད་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han ethnicity</source>
        <translation>རྒྱ་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hui ethnicity</source>
        <translation>ཧུའེ་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qiang ethnicity</source>
        <translation>ཆང་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yi ethnicity</source>
        <translation>དབྱི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongol ethnicity</source>
        <translation>སོག་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu ethnicity</source>
        <translation>ཐུའུ་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naxi ethnicity</source>
        <translation>ན་ཞི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ethnicity</source>
        <translation>མི་རིགས་གཞན།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Village Party branch committee</source>
        <translation>གྲོང་ཚོའི་ཏང་ཀྲི་པུའུ་ཨུ་ཡོན་ལྷན་ཁང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee</source>
        <translation>གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང་།</translation>
    </message>
    <message>
        <location filename="../desktop/core/ledger_terms.py" line="+32"/>
        <source>Open</source>
        <translation>ལེགས་བཅོས་བྱ་རྒྱུ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>ལེགས་བཅོས་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved, awaiting check</source>
        <translation>ཐག་ཆོད་ཟིན་ནས་བསྡུར་ཞིབ་སྒུག་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>ཐོ་ནས་བསུབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solved</source>
        <translation>ཐག་ཆོད་ཟིན།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inspection item</source>
        <translation>ཞིབ་བཤེར་ཚད་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>ཞུ་གཏུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision visit</source>
        <translation>བརྟག་ཞིབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County instruction</source>
        <translation>རྫོང་རིམ་ནས་འགན་སྤྲོད་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>གཞན།</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Political belief</source>
        <translation>ཆབ་སྲིད་ཡིད་ཆེས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team building</source>
        <translation>དཔུང་ཁག་འཛུགས་སྐྲུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development measures</source>
        <translation>འཕེལ་རྒྱས་བྱ་ཐབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livelihood</source>
        <translation>དམངས་འཚོ་ལེགས་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social stability</source>
        <translation>སྤྱི་ཚོགས་བརྟན་ལྷིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating mechanism</source>
        <translation>འཁོར་སྐྱོད་ལམ་ལུགས།</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ideals and convictions</source>
        <translation>རེ་འདུན་དང་ཡིད་ཆེས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political stance</source>
        <translation>ཆབ་སྲིད་ལྟ་ཚུགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious affairs and anti-separatism</source>
        <translation>ཆོས་ལུགས་དོན་གནད་དོ་དམ་དང་ཁ་བྲལ་ངོ་རྒོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicity and education</source>
        <translation>ཁྱབ་བསྒྲགས་སློབ་གསོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership team structure</source>
        <translation>འགོ་ཁྲིད་ཚོགས་པའི་གྲུབ་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s ability</source>
        <translation>ཧྲུའུ་ཅིའི་ནུས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party membership</source>
        <translation>ཏང་ཡོན་དཔུང་ཁག</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Reserve cadres</source>
        <translation>གྲབས་ཉར་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry development</source>
        <translation>ཐོན་ལས་འཕེལ་རྒྱས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project implementation</source>
        <translation>ལས་གཞི་ལག་བསྟར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support delivered</source>
        <translation>རོགས་སྐྱོར་ལག་བསྟར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; income</source>
        <translation>མང་ཚོགས་ཀྱི་ཡོང་འབབ་ཇེ་མང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public services</source>
        <translation>སྤྱི་པའི་ཞབས་ཞུ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure</source>
        <translation>རྨང་གཞིའི་སྒྲིག་བཀོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers in hardship</source>
        <translation>དཀའ་ངལ་ཅན་གྱི་མང་ཚོགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and disputes</source>
        <translation>འགལ་བ་དང་རྩོད་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>ཞུ་གཏུག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public order</source>
        <translation>སྤྱི་ཚོགས་བདེ་འཇགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergencies</source>
        <translation>གློ་བུར་དོན་རྐྱེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational life</source>
        <translation>རྩ་འཛུགས་འཚོ་བ། (ཚོགས་འདུ་གསུམ་དང་སློབ་ཚན་གཅིག)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Democratic decision-making</source>
        <translation>དམངས་གཙོའི་ཐག་གཅོད། (གྲོས་བསྡུར་བཞི་དང་གསལ་བསྒྲགས་གཉིས།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness of Party, village and financial affairs</source>
        <translation>ཏང་དོན་དང་གྲོང་དོན། དངུལ་རྩིས་གསལ་བསྒྲགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules and systems</source>
        <translation>ལམ་ལུགས་འཛུགས་སྐྲུན།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan draft</source>
        <translation>འཆར་གཞིའི་ཟིན་བྲིས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by village meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to county</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for revision</source>
        <translation>ཕྱིར་སློག་སྟེ་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>ཞུས་བཤེར་གཏན་འབེབས་ཟིན།</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drafted by the township Party committee</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་ཏང་ཨུས་འཆར་གཞི་བཏོན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives&apos; meeting</source>
        <translation>གྲོང་མིའི་འཐུས་མིའི་ཚོགས་འདུས་ཞིབ་བཤེར་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the county organisation department</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའུར་འབུལ་སྤྲོད་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by the county</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའུས་ཕྱིར་སློག་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the county</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའུས་ཞུས་བཤེར་གཏན་འབེབས་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised as a new round</source>
        <translation>བཟོ་བཅོས་བྱས་རྗེས་བསྐྱར་འབུལ། (སྐོར་གསར་པ།)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit</source>
        <translation>ཐད་འཚམས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced supervision visit</source>
        <translation>སྔོན་བརྡ་ཡོད་པའི་བརྟག་ཞིབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unannounced supervision visit</source>
        <translation>སྔོན་བརྡ་མེད་པའི་བརྟག་ཞིབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-to-heart talk</source>
        <translation>སྙིང་ཐག་པའི་གླེང་མོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>སྦྱོང་བརྡར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support funds</source>
        <translation>རོགས་སྐྱོར་མ་དངུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>རོགས་སྐྱོར་ལས་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition resolved</source>
        <translation>ཞུ་གཏུག་ཐག་བཅད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved</source>
        <translation>འགལ་བ་དང་རྩོད་གཞི་བར་འདུམ་ཐག་གཅོད་བྱས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadre replaced</source>
        <translation>གྲོང་ཚོའི་ལས་བྱེད་པ་བརྗེས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First secretary&apos;s monthly report</source>
        <translation>ཧྲུའུ་ཅི་དང་པོའི་ཟླ་རེའི་ལས་འགན་སྙན་སྒྲོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly assessment</source>
        <translation>དུས་ཚིགས་རེའི་དཔྱད་བསྡུར། (ཡིད་ཚིམ་ཚད་ཀྱི་དཔྱད་བསྡུར།)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team withdrawn</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་པ།</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Township first review</source>
        <translation>ཤང་གྲོང་རྡལ་གྱི་ཏང་ཨུའི་ཐོག་མའི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County organisation department second review</source>
        <translation>རྫོང་ཨུའི་རྩ་འཛུགས་པུའི་ཐེངས་གཉིས་པའི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County committee final review</source>
        <translation>རྫོང་ཨུའི་རྒྱུན་ཨུ་ཚོགས་འདུའི་མཐའ་མའི་གདེང་འཇོག</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passed</source>
        <translation>ཚད་ལ་སླེབས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>ཚད་ལ་མ་སླེབས།</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under rectification</source>
        <translation>ལེགས་སྒྲིག་བྱེད་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>ཞན་ཆ་བསྒྱུར་ཟིན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not converted</source>
        <translation>ཞན་ཆ་མ་བསྒྱུར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidating</source>
        <translation>བརྟན་སྲིང་དང་ཡར་སྤེལ།</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <location line="+68"/>
        <source>Support</source>
        <translation>རོགས་སྐྱོར།</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Party branch secretary</source>
        <translation>གྲོང་ཚོའི་ཀྲི་པུའི་ཧྲུའུ་ཅི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy branch secretary</source>
        <translation>ཀྲི་པུའི་ཧྲུའུ་ཅི་གཞོན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch committee member</source>
        <translation>ཀྲི་པུའི་ཨུ་ཡོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee director</source>
        <translation>གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང་གི་ཀྲུའུ་རེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy director</source>
        <translation>ཀྲུའུ་རེན་གཞོན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee member</source>
        <translation>གྲོང་མིའི་ཨུ་ཡོན་ལྷན་ཁང་གི་ཨུ་ཡོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve cadre</source>
        <translation>གྲབས་ཉར་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First secretary</source>
        <translation>ཧྲུའུ་ཅི་དང་པོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team leader</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་གི་རུ་དཔོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team member</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག་གི་ཚོགས་མི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact county leader</source>
        <translation>འབྲེལ་གཏུག་རྫོང་གི་འགོ་ཁྲིད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township liaison cadre</source>
        <translation>གྲོང་ཚོར་འགན་འཁུར་བའི་ཤང་གི་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-inspection</source>
        <translation>རང་ཞིབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>ཚད་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>ལེགས་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem ledger</source>
        <translation>གནད་དོན་ཐོ་དེབ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out</source>
        <translation>ཐོ་ནས་བསུབ་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work team</source>
        <translation>གྲོང་སྡོད་ལས་དོན་རུ་ཁག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle</source>
        <translation>མཉམ་བགྲོད་ཐུམ་སྒྲིལ།</translation>
    </message>
    <message>
        <location filename="../desktop/core/ledger_terms.py" line="-141"/>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Collective economy</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར།</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
    </message>
</context>
<context>
    <name>TilePanel</name>
    <message>
        <location filename="../desktop/ui/dashboard_tiles.py" line="+104"/>
        <source>{amount} ten-thousand yuan</source>
        <translation>སྒོར་ཁྲི་ {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} yuan</source>
        <translation>སྒོར་ {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages and plans</source>
        <translation>གྲོང་ཚོ་དང་འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support work</source>
        <translation>རོགས་སྐྱོར་ལས་དོན།</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems found</source>
        <translation>རྙེད་པའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{closed} closed out</source>
        <translation>ཐོ་ནས་བསུབ་ཟིན་པ་ {closed}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems solved</source>
        <translation>ཐག་ཆོད་ཟིན་པའི་གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} % of those found</source>
        <translation>རྙེད་པའི་གནད་དོན་གྱི་ {share}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>ད་དུང་ཐག་མ་ཆོད་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open, in progress or reopened</source>
        <translation>ལེགས་བཅོས་བྱ་རྒྱུ། ལེགས་བཅོས་བྱེད་བཞིན་པ། ཡང་ན་ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>དུས་བཀག་ལས་བརྒལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open past their deadline</source>
        <translation>དུས་བཀག་ལས་བརྒལ་ཡང་ཐག་མ་ཆོད་པ།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue or due within {days} days</source>
        <translation>དུས་བཀག་ལས་བརྒལ་བའམ་ཉིན་ {days} ནང་དུས་བཀག་སླེབས་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{soon} not yet overdue</source>
        <translation>ད་དུང་དུས་བཀག་ལས་མ་བརྒལ་བ་ {soon}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened (came back)</source>
        <translation>ཡང་བསྐྱར་བྱུང་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{now} reopened now</source>
        <translation>ད་ལྟ་ཡང་བསྐྱར་བྱུང་བའི་རྣམ་པར་ཡོད་པ་ {now}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Villages in the campaign</source>
        <translation>ལེགས་སྒྲིག་བྱེད་པའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} under rectification</source>
        <translation>ལེགས་སྒྲིག་བྱེད་བཞིན་པ་ {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages converted</source>
        <translation>ཞན་ཆ་བསྒྱུར་ཟིན་པའི་གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} consolidating, team withdrawn</source>
        <translation>བརྟན་སྲིང་དང་ཡར་སྤེལ་ {count} (གྲོང་སྡོད་ལས་དོན་རུ་ཁག་ཕྱིར་ཐོན་ཟིན།)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village plans approved</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ་ཞུས་བཤེར་གཏན་འབེབས་ཟིན་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of {count} villages</source>
        <translation>གྲོང་ཚོ་ {count} ཡི་ནང་ནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans returned at least once</source>
        <translation>ཉུང་མཐར་ཐེངས་གཅིག་ཕྱིར་སློག་བྱས་པའི་འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} awaiting revision now</source>
        <translation>ད་ལྟ་བཟོ་བཅོས་སྒུག་བཞིན་པ་ {count}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to list the villages these entries are for.</source>
        <translation>མནན་ན་ཟིན་ཐོ་འདི་དག་དང་འབྲེལ་བའི་གྲོང་ཚོའི་ཐོ་སྟོན།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support funds</source>
        <translation>རོགས་སྐྱོར་མ་དངུལ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>ཟིན་ཐོ་ {count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>རོགས་སྐྱོར་ལས་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worth {amount}</source>
        <translation>དངུལ་འབོར་ {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-to-heart talks</source>
        <translation>སྙིང་ཐག་པའི་གླེང་མོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>སྦྱོང་བརྡར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} people trained</source>
        <translation>སྦྱོང་བརྡར་ཐོབ་པའི་མི་ {people}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision visits</source>
        <translation>བརྟག་ཞིབ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} unannounced</source>
        <translation>སྔོན་བརྡ་མེད་པའི་བརྟག་ཞིབ་ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions and disputes resolved</source>
        <translation>ཞུ་གཏུག་དང་འགལ་བ་རྩོད་གཞི་ཐག་བཅད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadres replaced</source>
        <translation>གྲོང་ཚོའི་ལས་བྱེད་པ་བརྗེས་པ།</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/trend_chart.py" line="+228"/>
        <source>{period}: {score} ({colour})</source>
        <translation>{period} ཐོབ་སྐར་ {score} ({colour})</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock_dialog.py" line="+173"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>གསང་ཨང་ནོར་བ་མང་དྲགས་འདུག {wait} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>You can try again now.</source>
        <translation>ད་ལྟ་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་ཆོག</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the encrypted database — VillageDesk</source>
        <translation>གསང་སྦས་བྱས་པའི་གཞི་གྲངས་མཛོད་ཁ་འབྱེད། — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to open the database</source>
        <translation>ནང་འཛུལ་བྱས་ནས་གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} is encrypted: it opens with your login and password.</source>
        <translation>གཞི་གྲངས་མཛོད་ {name} ལ་གསང་སྦས་བྱས་ཡོད། ཁྱེད་ཀྱི་ནང་འཛུལ་མིང་དང་གསང་ཨང་གིས་ཁ་འབྱེད་ཐུབ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot every password? Use the recovery key</source>
        <translation>གསང་ཨང་ཚང་མ་བརྗེད་སོང་ངམ། སླར་གསོའི་ལྡེ་མིག་བེད་སྤྱོད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>ཕྱིར་འཐོན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../desktop/services/workspace.py" line="+137"/>
        <source>This database was upgraded from schema {old} to {new} for VillageDesk {version}.</source>
        <translation>VillageDesk {version} དང་མཐུན་པའི་ཆེད་དུ་གཞི་གྲངས་མཛོད་འདིའི་སྒྲོམ་གཞི་ {old} ནས་ {new} ལ་རིམ་འཕར་བྱས་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded from schema {old} to {new} for VillageDesk {version}; a backup of it was kept first: {path}</source>
        <translation>VillageDesk {version} དང་མཐུན་པའི་ཆེད་དུ་གཞི་གྲངས་མཛོད་འདིའི་སྒྲོམ་གཞི་ {old} ནས་ {new} ལ་རིམ་འཕར་བྱས་ཟིན། རིམ་འཕར་གོང་དུ་གྲབས་ཉར་ཞིག་ཉར་ཡོད། {path}</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../desktop/ui/upgrade_notice.py" line="+21"/>
        <source>Database upgraded</source>
        <translation>གཞི་གྲངས་མཛོད་རིམ་འཕར་བྱས་ཟིན།</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/ui/user_dialog.py" line="+125"/>
        <source>The two passwords are not the same.</source>
        <translation>ཐེངས་གཉིས་ལ་བྲིས་པའི་གསང་ཨང་མི་མཐུན།</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Add user</source>
        <translation>སྤྱོད་མཁན་སྣོན་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit user {login}</source>
        <translation>སྤྱོད་མཁན་ {login} རྩོམ་སྒྲིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>འདོར་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>མིང་ཆ་ཚང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password</source>
        <translation>ཐོག་མའི་གསང་ཨང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>གསང་ཨང་ཡང་བསྐྱར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters and digits, e.g. zhaxi</source>
        <translation>དབྱིན་ཡིག་དང་ཨང་ཀི། དཔེར་ན་ zhaxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must choose their own password at the first sign-in</source>
        <translation>ཐེངས་དང་པོར་ནང་འཛུལ་སྐབས་རང་གི་གསང་ཨང་གཏན་འཁེལ་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>འགན་གནས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enters and edits village files, people, inspections, problems, plan drafts and the support log; imports rosters.</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་དང་མི། ཞིབ་བཤེར། གནད་དོན། འཆར་གཞིའི་ཟིན་བྲིས། རོགས་སྐྱོར་ཟིན་ཐོ་བཅས་ནང་འཇུག་དང་རྩོམ་སྒྲིག་བྱེད། མིང་ཐོ་ནང་འདྲེན་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a clerk does, and submits plans, closes out problems, makes and imports bundles, resolves conflicts.</source>
        <translation>ནང་འཇུག་པའི་ལས་དོན་ཡོངས་རྫོགས་དང་། དེ་མིན་འཆར་གཞི་འབུལ་བ། གནད་དོན་ཐོ་ནས་བསུབ་པ། གཞི་གྲངས་ཐུམ་སྒྲིལ་བཟོ་བ་དང་ནང་འདྲེན། འགལ་ཟླ་ཐག་གཅོད་བཅས་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The county: reviews, returns and approves plans, rates villages, records acceptance, sets the warning policy and templates.</source>
        <translation>རྫོང་རིམ། འཆར་གཞི་ཞིབ་བཤེར་དང་ཕྱིར་སློག་ཆོག་མཆན་བཅས་བྱེད། གྲོང་ཚོའི་རིམ་པ་གཏན་འབེབས་བྱེད། ཞིབ་བཤེར་ངོས་ལེན་ཐོ་འགོད་བྱེད། ཉེན་བརྡའི་སྒྲིག་གཞི་དང་དཔེ་གཞི་སྒྲིག་འགོད་བྱེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manages user accounts, settings, the installation and backups.</source>
        <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་དང་སྒྲིག་འགོད། སྒྲིག་སྦྱོར། གྲབས་ཉར་བཅས་དོ་དམ་བྱེད།</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../desktop/ui/user_table_model.py" line="+55"/>
        <source>Login</source>
        <translation>ནང་འཛུལ་མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>མིང་།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>འགན་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last signed in</source>
        <translation>མཐའ་མའི་ནང་འཛུལ།</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>ནམ་ཡང་མེད།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled</source>
        <translation>བེད་སྤྱོད་མཚམས་བཞག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after wrong passwords until {time}</source>
        <translation>གསང་ཨང་ནོར་བས་ {time} བར་ཟྭ་བརྒྱབ་ཟིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must choose a new password</source>
        <translation>གསང་ཨང་གསར་པ་གཏན་འཁེལ་བྱེད་དགོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>བེད་སྤྱོད་བཞིན་པ།</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../desktop/ui/users_window.py" line="+135"/>
        <source>The database is encrypted, and these accounts have no key to open it yet: {logins}. Reset their password (Reset password…) to give them one, then tell them the new password.</source>
        <translation>གཞི་གྲངས་མཛོད་གསང་སྦས་བྱས་ཟིན་པས། ཐོ་ཁོངས་འདི་དག་ལ་དེ་ཁ་ཕྱེ་བྱེད་ཀྱི་ལྡེ་མིག་ད་དུང་མེད། {logins}། ཁོང་ཚོའི་གསང་ཨང་བསྐྱར་སྒྲིག་(གསང་ཨང་བསྐྱར་སྒྲིག…)བྱས་ནས་ལྡེ་མིག་སྤྲོད་པ་དང་། དེ་རྗེས་གསང་ཨང་གསར་པ་ཁོང་ཚོར་བརྗོད་རོགས།</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable</source>
        <translation>བེད་སྤྱོད་སླར་གསོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>བེད་སྤྱོད་མཚམས་འཇོག…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Disable user</source>
        <translation>སྤྱོད་མཁན་བེད་སྤྱོད་མཚམས་འཇོག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable {name} ({login})? They can no longer sign in; what they did stays in the history under their name.</source>
        <translation>{name} ({login}) བེད་སྤྱོད་མཚམས་འཇོག་གམ། ཁོང་གིས་ད་ནས་ནང་འཛུལ་བྱེད་མི་ཐུབ། ཁོང་གིས་བྱས་པ་རྣམས་ཁོང་གི་མིང་འོག་བཟོ་བཅོས་ཟིན་ཐོའི་ནང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Users</source>
        <translation>སྤྱོད་མཁན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may sign in to this database, and what each may do. Accounts are not deleted: a disabled account cannot sign in, and the history keeps its name.</source>
        <translation>གཞི་གྲངས་མཛོད་འདིར་ནང་འཛུལ་བྱེད་ཆོག་མཁན་སུ་ཡིན་པ་དང་། སོ་སོས་ཅི་བྱེད་ཆོག་པ། ཐོ་ཁོངས་བསུབ་མི་སྲིད། བེད་སྤྱོད་མཚམས་བཞག་པའི་ཐོ་ཁོངས་ཀྱིས་ནང་འཛུལ་བྱེད་མི་ཐུབ། བཟོ་བཅོས་ཟིན་ཐོའི་ནང་དེའི་མིང་ཉར་ཡོད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>སྤྱོད་མཁན་ཁ་སྣོན…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>རྩོམ་སྒྲིག…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>གསང་ཨང་བསྐྱར་སྒྲིག…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/villages.py" line="+96"/>
        <source>Another village already has this code: {name}.</source>
        <translation>གྲོང་ཚོ་གཞན་ཞིག་གིས་ཨང་རྟགས་འདི་བེད་སྤྱོད་ཟིན། {name}</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+49"/>
        <source>The division code may contain digits only.</source>
        <translation>ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས་ལ་ཨང་ཀི་ཁོ་ན་ཡོད་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The division code has 12 digits; this one has {count}.</source>
        <translation>ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས་ལ་ཨང་ཀི་12ཡོད་དགོས། འདི་ལ་{count}ཡོད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not in the township: its first 9 digits should be {prefix}.</source>
        <translation>ཨང་རྟགས་འདི་ཤང་གྲོང་རྡལ་འདིའི་ཁོངས་སུ་མི་གཏོགས། ཨང་ཀི་དང་པོ་9ནི་{prefix} ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+97"/>
        <source>Enter a whole number, such as 1250.</source>
        <translation>གྲངས་ཀ་ཆ་ཚང་ཞིག་འཇུག་རོགས། དཔེར་ན། 1250</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+39"/>
        <source>That is more than {maximum}.</source>
        <translation>{maximum} ལས་བརྒལ་འདུག</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a year such as 2025.</source>
        <translation>ལོ་ཞིག་འཇུག་རོགས། དཔེར་ན། 2025</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year must be between {first} and {last}.</source>
        <translation>ལོ་ནི་{first}ནས་{last}བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an amount in yuan, such as 48000 or 4.8万.</source>
        <translation>སྒོར་གྱི་གྲངས་འབོར་འཇུག་རོགས། དཔེར་ན། 48000 ཡང་ན་4.8万</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a date such as 2026-03-15.</source>
        <translation>ཚེས་གྲངས་ཤིག་འཇུག་རོགས། དཔེར་ན། 2026-03-15</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such day: {text}.</source>
        <translation>ཉིན་མོ་དེ་ལྟ་བུ་མེད། {text}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter an 11-digit mobile number or a landline number with its area code.</source>
        <translation>ཨང་ཀི་11ཡོད་པའི་ལག་ཁྱེར་ཁ་པར་ཨང་གྲངས་སམ། ས་ཁུལ་ཨང་རྟགས་ཡོད་པའི་ཁ་པར་ཨང་གྲངས་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>སྐྱེས་ལོ་ནི་{first}ནས་{last}བར་ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the village name in Chinese or in Tibetan.</source>
        <translation>གྲོང་ཚོའི་མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཏུ་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the township the village belongs to.</source>
        <translation>གྲོང་ཚོ་འདི་གཏོགས་པའི་ཤང་གྲོང་རྡལ་འདེམས་རོགས།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More households ({households}) than people ({population}).</source>
        <translation>དུད་ཚང་གྲངས ({households}) མི་གྲངས ({population}) ལས་མང་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More Party members ({members}) than people ({population}).</source>
        <translation>ཏང་ཡོན་གྲངས ({members}) མི་གྲངས ({population}) ལས་མང་འདུག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A village cannot be paired with itself.</source>
        <translation>གྲོང་ཚོ་ཞིག་རང་ཉིད་དང་ཁ་གཏད་རོགས་སྐྱོར་བྱེད་མི་ཐུབ།</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An income cannot be negative.</source>
        <translation>ཡོང་འབབ་ཀླད་ཀོར་ལས་ཉུང་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the name in Chinese or in Tibetan.</source>
        <translation>མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཏུ་འཇུག་རོགས།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The term cannot end before it starts.</source>
        <translation>ལས་ཡུན་མཇུག་རྫོགས་པའི་ཚེས་གྲངས་འགོ་འཛུགས་པའི་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The income of {year} is entered twice.</source>
        <translation>{year}ལོའི་ཡོང་འབབ་ཐེངས་གཉིས་བཅུག་འདུག</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post has no person.</source>
        <translation>ལས་གནས་འདི་ལ་མི་མེད།</translation>
    </message>
</context>
<context>
    <name>VillageFileDialog</name>
    <message>
        <location filename="../desktop/ui/village_file_dialog.py" line="+163"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>ཉར་ཚགས་མ་བྱས།</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>Correct the marked fields first:
{problems}</source>
        <translation>ཐོག་མར་རྟགས་བཀོད་པའི་རྣམ་གྲངས་ཡོ་བསྲང་གནང་རོགས།
{problems}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unsaved changes</source>
        <translation>ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village file {name} has changes that are not saved. Save them?</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་“{name}”ནང་ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས་ཡོད། ཉར་ཚགས་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New village</source>
        <translation>གྲོང་ཚོ་གསར་པ།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{village_file}: {name}</source>
        <translation>{village_file} {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic facts</source>
        <translation>གཞི་རྩའི་གནས་ཚུལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and posts</source>
        <translation>མི་དང་ལས་གནས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>རོགས་སྐྱོར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>ཞིབ་བཤེར།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེའི་རེའུ་མིག་པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village dossier…</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་པར་འདེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>བཟོ་བཅོས་ཟིན་ཐོ།…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/village_campaign_tabs.py" line="+59"/>
        <source>Problems</source>
        <translation>གནད་དོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan</source>
        <translation>གྲོང་ཚོ་རེར་ཐབས་ཇུས་རེ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support log</source>
        <translation>རོགས་སྐྱོར་ཟིན་ཐོ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>ཞིབ་བཤེར་ངོས་ལེན།</translation>
    </message>
</context>
<context>
    <name>VillageFilterBar</name>
    <message>
        <location filename="../desktop/ui/village_filter_bar.py" line="+86"/>
        <source>All townships</source>
        <translation>ཤང་གྲོང་རྡལ་ཡོངས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ratings</source>
        <translation>རིམ་པ་ཡོངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>རིམ་པ་གཏན་འབེབས་བྱས་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All warnings</source>
        <translation>ཉེན་བརྡ་ཡོངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warning</source>
        <translation>ཉེན་བརྡ་མེད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All weakness types</source>
        <translation>ཞན་ཆའི་རིགས་ཡོངས།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name (Chinese, Tibetan, pinyin) or code</source>
        <translation>མིང་། (རྒྱ་ཡིག བོད་ཡིག pinyin) ཡང་ན་ཨང་རྟགས་བཤེར་འཚོལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>གཙང་སེལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and all filters</source>
        <translation>བཤེར་འཚོལ་དང་འཚག་རྒྱག་ཚང་མ་གཙང་སེལ།</translation>
    </message>
</context>
<context>
    <name>VillageListDialog</name>
    <message>
        <location filename="../desktop/ui/village_list_dialog.py" line="+106"/>
        <source>No plan yet</source>
        <translation>ད་དུང་འཆར་གཞི་མེད།</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{figure}: {count} villages</source>
        <translation>{figure} གྲོང་ཚོ་ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>གྲོང་ཚོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign status</source>
        <translation>ལེགས་སྒྲིག་གི་རྣམ་པ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>འཆར་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open village file</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་ཁ་འབྱེད།</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../desktop/ui/village_table_model.py" line="+208"/>
        <source>Division code</source>
        <translation>ཨང་རྟགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>རྒྱ་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Tibetan)</source>
        <translation>བོད་མིང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>མི་གྲངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>དུད་ཚང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>ཞན་ཆ།</translation>
    </message>
</context>
<context>
    <name>WarningGridModel</name>
    <message>
        <location filename="../desktop/ui/warning_grid_model.py" line="+200"/>
        <source>{village}, {period}: no warning</source>
        <translation>{village} {period} ཉེན་བརྡ་མེད།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{village}, {period}
{colour}, score {score}</source>
        <translation>{village} {period}
{colour} ཐོབ་སྐར་ {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>! A veto item failed: red whatever the score.</source>
        <translation>! འོས་ཤོག་གཅིག་གིས་ཁེགས་པའི་རྣམ་གྲངས་ཚད་ལ་མ་སླེབས། ཐོབ་སྐར་ཅི་ཡིན་ཡང་དམར་པོ་ཡིན།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the inspection</source>
        <translation>ཞིབ་བཤེར་ཁ་འབྱེད་པར་ཐེངས་གཉིས་མནན་རོགས།</translation>
    </message>
</context>
<context>
    <name>WarningOverview</name>
    <message>
        <location filename="../desktop/ui/warning_overview.py" line="+172"/>
        <location line="+226"/>
        <source>All townships</source>
        <translation>ཤང་གྲོང་རྡལ་ཡོངས།</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Quarters</source>
        <translation>དུས་ཚིགས།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half-months</source>
        <translation>ཟླ་ཕྱེད།</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Select a village to see its trend.</source>
        <translation>གྲོང་ཚོ་ཞིག་བདམས་ནས་དེའི་འགྱུར་ཕྱོགས་ལྟ་རོགས།</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score per period: {village}</source>
        <translation>དུས་ཡུན་རེ་རེའི་ཐོབ་སྐར། {village}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours by quota: top {first} % green, next {second} % yellow, bottom {third} % red.</source>
        <translation>བསྡུར་ཚད་ལྟར་ཁ་དོག་འབྱེད་པ། ཐོག་མའི་ {first}% ལྗང་ཁུ། དེའི་རྗེས་ཀྱི་ {second}% སེར་པོ། མཐའ་མའི་ {third}% དམར་པོ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Red below {red}, green from {green}, yellow in between.</source>
        <translation>{red} ལས་དམའ་ན་དམར་པོ། {green} དང་དེ་ལས་མཐོ་ན་ལྗང་ཁུ། བར་མ་ཡིན་ན་སེར་པོ།</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Warnings by period</source>
        <translation>དུས་ཡུན་སོ་སོའི་ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>ཤང་གྲོང་རྡལ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>དུས་ཡུན་གྱི་རིགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show last</source>
        <translation>ཉེ་ཆར་སྟོན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> periods</source>
        <translation> དུས་ཡུན།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate village…</source>
        <translation>གྲོང་ཚོའི་རིམ་པ་གཏན་འབེབས།…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scores yet</source>
        <translation>ད་དུང་ཐོབ་སྐར་མེད།</translation>
    </message>
</context>
<context>
    <name>WarningPolicyDialog</name>
    <message>
        <location filename="../desktop/ui/warning_policy_dialog.py" line="+135"/>
        <location line="+95"/>
        <source>This installation&apos;s default</source>
        <translation>སྒྲིག་འཇུག་འདིའི་སོར་བཞག</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Red below must not be above green from.</source>
        <translation>དམར་པོའི་ཐིག་ལྗང་ཁུའི་ཐིག་ལས་མཐོ་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The three shares add up to {total} %; they must add up to 100 %.</source>
        <translation>བསྡུར་ཚད་གསུམ་བསྡོམས་པས་ {total}% འདུག 100% ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Villages are ranked by score in their county: the top {first} % are green, the next {second} % yellow and the bottom {third} % red; failing a veto indicator makes a village red.</source>
        <translation>གྲོང་ཚོ་རྣམས་རང་རང་གི་རྫོང་ནང་ཐོབ་སྐར་ལྟར་གོ་རིམ་སྒྲིག ཐོག་མའི་ {first}% ལྗང་ཁུ། དེའི་རྗེས་ཀྱི་ {second}% སེར་པོ། མཐའ་མའི་ {third}% དམར་པོ་ཡིན། འོས་ཤོག་གཅིག་གིས་ཁེགས་པའི་ཚད་གཞི་ལ་མ་སླེབས་ན་གྲོང་ཚོ་དམར་པོ་ཡིན།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A score below {red} is red, from {green} green and in between yellow; failing a veto indicator makes a village red. Quota classes ({first} / {second} / {third} %) are reported beside the colour.</source>
        <translation>ཐོབ་སྐར་ {red} ལས་དམའ་ན་དམར་པོ། {green} དང་དེ་ལས་མཐོ་ན་ལྗང་ཁུ། བར་མ་ཡིན་ན་སེར་པོ་ཡིན། འོས་ཤོག་གཅིག་གིས་ཁེགས་པའི་ཚད་གཞི་ལ་མ་སླེབས་ན་གྲོང་ཚོ་དམར་པོ་ཡིན། བསྡུར་ཚད་རིམ་པ་ ({first} / {second} / {third}%) ཁ་དོག་གི་ཟུར་དུ་སྟོན།</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the warning policy of {county}</source>
        <translation>{county} ཡི་ཉེན་བརྡའི་སྒྲིག་གཞི་བཟོ་བཅོས</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning policy</source>
        <translation>ཉེན་བརྡའི་སྒྲིག་གཞི།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>རྫོང་།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour by</source>
        <translation>ཁ་དོག་འབྱེད་སྟངས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>ཚད་ཐིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota classes</source>
        <translation>བསྡུར་ཚད་རིམ་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score thresholds</source>
        <translation>ཐོབ་སྐར་གྱི་ཚད་ཐིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>བསྡུར་ཚད།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red below</source>
        <translation>དམར་པོའི་ཐིག</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green from</source>
        <translation>ལྗང་ཁུའི་ཐིག</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy applies to inspections finalised from now on; warnings already given keep their colour.</source>
        <translation>སྒྲིག་གཞི་འདི་ད་ནས་བཟུང་གཏན་འཁེལ་བྱེད་པའི་ཞིབ་བཤེར་ལ་ཕན། སྔར་བཏང་ཟིན་པའི་ཉེན་བརྡའི་ཁ་དོག་མི་འགྱུར།</translation>
    </message>
</context>
<context>
    <name>WarningSummary</name>
    <message>
        <location filename="../desktop/ui/warning_summary.py" line="+48"/>
        <source>No warnings have been recorded for these villages yet.</source>
        <translation>གྲོང་ཚོ་འདི་དག་ལ་ད་དུང་ཉེན་བརྡའི་ཟིན་ཐོ་མེད།</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{colour}: {count} villages</source>
        <translation>{colour} གྲོང་ཚོ་ {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no warning: {count} villages</source>
        <translation>ཉེན་བརྡ་མེད། གྲོང་ཚོ་ {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}:</source>
        <translation>{period} ཡི་ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since {period}:</source>
        <translation>{period} དང་བསྡུར་ན།</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no village changed colour.</source>
        <translation>ཁ་དོག་འགྱུར་བའི་གྲོང་ཚོ་མེད།</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../desktop/core/warnings.py" line="+39"/>
        <source>Thresholds must satisfy 0 ≤ red below ≤ green from ≤ 100.</source>
        <translation>ཚད་ཐིག་ནི་ 0 ≤ དམར་པོའི་ཐིག ≤ ལྗང་ཁུའི་ཐིག ≤ 100 ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The three class shares must add up to 100 %.</source>
        <translation>རིམ་པ་གསུམ་གྱི་བསྡུར་ཚད་བསྡོམས་པས་ 100% ཡིན་དགོས།</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{count} villages from {before} to {after}</source>
        <translation>གྲོང་ཚོ་ {count} {before}ནས་{after}ལ་འགྱུར།</translation>
    </message>
</context>
</TS>
