<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
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
        <location line="+31"/>
        <location line="+58"/>
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
        <location line="-61"/>
        <location line="+61"/>
        <source>Warning</source>
        <translation>ཉེན་བརྡ།</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Weakness</source>
        <translation>ཞན་ཆའི་རིགས།</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{count} villages</source>
        <translation>ཁྱོན་བསྡོམས་གྲོང་ཚོ་{count}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kind</source>
        <translation>རིགས་གྲས།</translation>
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
        <source>Field</source>
        <translation>རྣམ་གྲངས།</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../desktop/cli/parser.py" line="+18"/>
        <source>database file (default: the last one opened, else one in your data folder)</source>
        <translation>གཞི་གྲངས་མཛོད་ཡིག་ཆ། (སོར་བཞག་ནི་མཐའ་མར་ཁ་ཕྱེ་བ་དེ་ཡིན། དེ་མེད་ན་ཁྱེད་ཀྱི་གཞི་གྲངས་ཡིག་སྣོད་ནང་གི་དེ་ཡིན།)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of messages and labels (default: the one chosen in the app)</source>
        <translation>བརྡ་ཐོ་དང་མིང་བྱང་གི་སྐད་ཡིག (སོར་བཞག་ནི་མཉེན་ཆས་ནང་བདམས་པ་དེ་ཡིན།)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+1"/>
        <location line="+3"/>
        <source>print JSON for scripts</source>
        <translation>ལས་རིམ་ཡིག་ཆར་སྤྱོད་པའི་JSONའདོན།</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>show one village file</source>
        <translation>གྲོང་ཚོ་གཅིག་གི་ཡིག་ཚགས་ལྟ་བ།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 12-digit division code (or the village&apos;s id)</source>
        <translation>ཨང་ཀི་12ཡོད་པའི་ས་ཁོངས་དབྱེ་འབྱེད་ཨང་རྟགས། (ཡང་ན་གྲོང་ཚོའི་id)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--screenshot, --open and --demo belong to the window, not to a command</source>
        <translation>--screenshot དང་--open --demo ནི་སྒེའུ་ཁུང་ལ་དམིགས་པ་ཡིན། བཀའ་བརྡ་དང་མཉམ་དུ་བེད་སྤྱོད་བྱེད་མི་ཆོག</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--open takes village:CODE</source>
        <translation>--open ལ་village:CODE དགོས།</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/services/demo.py" line="+129"/>
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
        <location line="+6"/>
        <source>Making townships</source>
        <translation>ཤང་གྲོང་རྡལ་བཟོ་བཞིན་པ།</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location filename="../desktop/services/changes.py" line="+22"/>
        <source>There is no such change to undo.</source>
        <translation>ཕྱིར་འཐེན་རྒྱུའི་བཟོ་བཅོས་དེ་མེད།</translation>
    </message>
    <message>
        <location filename="../desktop/storage/database.py" line="+63"/>
        <source>There is no database at {path}.</source>
        <translation>{path} ནང་གཞི་གྲངས་མཛོད་མེད།</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+27"/>
        <source>{path} is not a VillageDesk database (or it is damaged).</source>
        <translation>{path} ནི་VillageDesk ཡི་གཞི་གྲངས་མཛོད་མིན། (ཡང་ན་སྐྱོན་ཤོར་འདུག)</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
<context>
    <name>HistoryTables</name>
    <message>
        <location filename="../desktop/ui/history_tables.py" line="+51"/>
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
        <translation>དུས་ཚིགས།</translation>
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
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+176"/>
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
        <location line="+96"/>
        <source>Delete village</source>
        <translation>གྲོང་ཚོ་སུབ་པ།</translation>
    </message>
    <message>
        <location line="-95"/>
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
        <location line="+1"/>
        <location line="+191"/>
        <source>About VillageDesk</source>
        <translation>VillageDesk སྐོར།</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <location line="+9"/>
        <source>Undo {action}</source>
        <translation>{action} ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <source>Undo</source>
        <translation>ཕྱིར་འཐེན།</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Redo {action}</source>
        <translation>{action} བསྐྱར་བཟོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>བསྐྱར་བཟོ།</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+39"/>
        <source>New database</source>
        <translation>གཞི་གྲངས་མཛོད་གསར་བཟོ།</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Open database</source>
        <translation>གཞི་གྲངས་མཛོད་ཁ་འབྱེད།</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>VillageDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>VillageDesk གཞི་གྲངས་མཛོད། (*.sqlite3 *.db);;ཡིག་ཆ་ཡོངས། (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo data added: {villages} villages, {people} people.</source>
        <translation>དཔེ་སྟོན་གཞི་གྲངས་ཁ་སྣོན་ཟིན། གྲོང་ཚོ་{villages} མི་{people}།</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <name>PeopleTab</name>
    <message>
        <location filename="../desktop/ui/people_tab.py" line="+65"/>
        <source>Party members</source>
        <translation>ཏང་ཡོན་གྲངས།</translation>
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
        <location filename="../desktop/core/terms.py" line="+54"/>
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
        <location line="+32"/>
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
        <location line="+1"/>
        <source>Reserve cadres</source>
        <translation>གྲབས་ཉར་ལས་བྱེད་པ།</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Collective economy</source>
        <translation>མཉམ་ཚོགས་དཔལ་འབྱོར།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>རིམ་པ་གཏན་འབེབས།</translation>
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
        <location filename="../desktop/ui/village_file_dialog.py" line="+128"/>
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
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation>ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village file {name} has changes that are not saved. Save them?</source>
        <translation>གྲོང་ཚོའི་ཡིག་ཚགས་“{name}”ནང་ཉར་ཚགས་མ་བྱས་པའི་བཟོ་བཅོས་ཡོད། ཉར་ཚགས་བྱེད་དམ།</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <source>Save</source>
        <translation>ཉར་ཚགས།</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ཁ་རྒྱག</translation>
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
</TS>
