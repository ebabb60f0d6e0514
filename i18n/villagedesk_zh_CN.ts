<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Acceptance</name>
    <message>
        <location filename="../desktop/core/acceptance.py" line="+68"/>
        <source>Give the date of the review (not in the future).</source>
        <translation>请填写评定日期（不能晚于今天）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review is dated before the last one ({date}).</source>
        <translation>评定日期早于上一次评定（{date}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The village has already passed the final review.</source>
        <translation>该村已通过终评。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review is the {expected}; the {level} comes after it has passed.</source>
        <translation>下一步应进行{expected}；{level}须在其通过后进行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say why the village did not pass: the comments tell the township what to fix.</source>
        <translation>请说明该村未通过的原因：评定意见要告诉乡镇需要整改什么。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The work team has already been withdrawn.</source>
        <translation>驻村工作队已撤离。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The work team stays until the village has passed the county committee&apos;s final review.</source>
        <translation>该村通过县委常委会终评前，驻村工作队不得撤离。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The work team is withdrawn on or after the day of the final review ({date}), not before.</source>
        <translation>驻村工作队须在终评当天（{date}）或之后撤离，不得提前。</translation>
    </message>
</context>
<context>
    <name>AcceptanceDialog</name>
    <message>
        <location filename="../desktop/ui/acceptance_dialog.py" line="+125"/>
        <source>Comments (required)</source>
        <translation>评定意见（必填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>评定意见</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose whether the village passed.</source>
        <translation>请选择该村是否通过。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>record the {level} of {village}: {result}</source>
        <translation>记录“{village}”的{level}：{result}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acceptance review: {village}</source>
        <translation>验收评定：{village}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>评定层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>评定结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the body or person that decided</source>
        <translation>作出评定的单位或个人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11-20</source>
        <translation>如 2026-11-20</translation>
    </message>
</context>
<context>
    <name>AcceptanceTab</name>
    <message>
        <location filename="../desktop/ui/acceptance_tab.py" line="+163"/>
        <source>{result} on {date}</source>
        <translation>{result}（{date}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next: to be reviewed again</source>
        <translation>下一步：重新评定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>尚未评定</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All three reviews passed.</source>
        <translation>三级评定均已通过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: the {level}.</source>
        <translation>下一步：{level}。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Campaign status</source>
        <translation>整顿状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviews</source>
        <translation>评定记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>评定层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>评定结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comments</source>
        <translation>评定意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record review…</source>
        <translation>记录评定…</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <location filename="../desktop/cli/signin.py" line="+40"/>
        <source>This database has user accounts: say who you are with --user LOGIN (or VILLAGEDESK_USER).</source>
        <translation>此数据库已设用户账户：请用 --user LOGIN（或 VILLAGEDESK_USER）说明您的身份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No password for {login}: set VILLAGEDESK_PASSWORD, or run this in a terminal to type it.</source>
        <translation>未提供 {login} 的密码：请设置 VILLAGEDESK_PASSWORD，或在命令行窗口中运行本命令并输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for {login}: </source>
        <translation>{login} 的密码：</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{login} must choose a new password first: villagedesk users passwd --user {login}</source>
        <translation>{login} 须先设置新密码：villagedesk users passwd --user {login}</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+72"/>
        <source>No password given: use --password-stdin, or run this in a terminal to type it.</source>
        <translation>未提供密码：请使用 --password-stdin，或在命令行窗口中运行本命令并输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same password again: </source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何修改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There are no user accounts: anyone who opens this database may do everything. Add an administrator with `villagedesk users add LOGIN --role admin`.</source>
        <translation>没有任何用户账户：任何打开此数据库的人都可以执行所有操作。请用 `villagedesk users add LOGIN --role admin` 添加一名系统管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first user must be an administrator: add --role admin.</source>
        <translation>第一个用户必须是系统管理员：请加上 --role admin。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added {login} ({roles}).</source>
        <translation>已添加 {login}（{roles}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database now needs a sign-in: give --user {login} (or set VILLAGEDESK_USER) and the password.</source>
        <translation>此数据库现在需要登录：请给出 --user {login}（或设置 VILLAGEDESK_USER）及密码。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing to change for {login}.</source>
        <translation>{login} 没有需要修改的内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{login}: {roles}, {state}.</source>
        <translation>{login}：{roles}，{state}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password set for {login}; it must be changed at the next sign-in.</source>
        <translation>已为 {login} 设置新密码；下次登录时必须修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/services/users.py" line="+263"/>
        <location line="+23"/>
        <source>No one is signed in: this database has no user accounts.</source>
        <translation>无人登录：此数据库没有用户账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../desktop/core/access.py" line="+38"/>
        <source>Clerk</source>
        <translation>乡镇录入员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary</source>
        <translation>乡镇书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County reviewer</source>
        <translation>县级审核员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add a village</source>
        <translation>新增村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a village file</source>
        <translation>修改村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a village</source>
        <translation>删除村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a township or county</source>
        <translation>新增乡镇或县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a township or county</source>
        <translation>修改乡镇或县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo a change</source>
        <translation>撤销变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install a checklist template</source>
        <translation>安装检查清单模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install the shipped checklist templates</source>
        <translation>安装程序自带的检查清单模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save an inspection</source>
        <translation>保存检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise an inspection</source>
        <translation>检查定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct a finalised inspection</source>
        <translation>更正已定稿的检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete an inspection</source>
        <translation>删除检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach evidence</source>
        <translation>附加佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the warning policy</source>
        <translation>修改预警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the days before a deadline</source>
        <translation>修改时限前提醒天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate a village</source>
        <translation>评定村的等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a problem</source>
        <translation>登记问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a problem</source>
        <translation>修改问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add problems from an inspection</source>
        <translation>根据检查登记问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start work on a problem</source>
        <translation>开始整改问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem solved</source>
        <translation>报告问题已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen a problem</source>
        <translation>标记问题反复回潮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out a problem</source>
        <translation>问题销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a problem back as not solved</source>
        <translation>以未解决为由退回问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a rectification plan</source>
        <translation>起草整顿方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a rectification plan</source>
        <translation>保存整顿方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a plan&apos;s meeting</source>
        <translation>登记方案的村民代表会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revise a returned plan</source>
        <translation>修改被退回的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit a plan to the county</source>
        <translation>将方案报送县委组织部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve a plan</source>
        <translation>审定方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return a plan for revision</source>
        <translation>退回方案修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a support log entry</source>
        <translation>新增帮扶记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a support log entry</source>
        <translation>修改帮扶记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete a support log entry</source>
        <translation>删除帮扶记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the work team</source>
        <translation>撤离驻村工作队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an acceptance review</source>
        <translation>登记验收评定结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make a bundle</source>
        <translation>生成数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make this installation&apos;s keys</source>
        <translation>生成本终端的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew this installation&apos;s keys</source>
        <translation>更新本终端的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up the exchange</source>
        <translation>设置数据交换</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol an installation</source>
        <translation>登记终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke an installation</source>
        <translation>吊销终端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the backup folder</source>
        <translation>更改备份文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View a record&apos;s history</source>
        <translation>查看修改记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset a user&apos;s password</source>
        <translation>重置用户密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change your own password</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a password with the recovery key</source>
        <translation>用恢复密钥设置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed unlock</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{roles}, {role}</source>
        <translation>{roles}、{role}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>“{action}” is not an action VillageDesk knows, so it is refused.</source>
        <translation>“{action}”不是 VillageDesk 认可的操作，已拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in first: “{action}” needs a signed-in user.</source>
        <translation>请先登录：“{action}”需要已登录的用户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{user} may not “{action}”: that needs the role {needed}. {user}&apos;s roles: {roles}.</source>
        <translation>{user} 无权“{action}”：此操作需要角色 {needed}。{user} 的角色：{roles}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>A login name is needed.</source>
        <translation>需要填写登录名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A login name has at most {count} characters.</source>
        <translation>登录名最多 {count} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A login name cannot contain spaces or commas.</source>
        <translation>登录名不能包含空格或逗号。</translation>
    </message>
    <message>
        <location filename="../desktop/core/passwords.py" line="+18"/>
        <source>A password needs at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be the login name.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password cannot be one character repeated.</source>
        <translation>密码不能由同一个字符重复组成。</translation>
    </message>
    <message>
        <location filename="../desktop/services/changes.py" line="+65"/>
        <source>Changes to user accounts and sign-ins cannot be undone.</source>
        <translation>对用户账户和登录的变更不能撤销。</translation>
    </message>
    <message>
        <location filename="../desktop/services/users.py" line="-225"/>
        <source>{count} seconds</source>
        <translation>{count} 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} minutes</source>
        <translation>{count} 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many wrong passwords. Try again in {wait}.</source>
        <translation>密码错误次数过多，请 {wait}后再试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no such user.</source>
        <translation>没有该用户。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>There is no user with the login name {login}.</source>
        <translation>没有登录名为 {login} 的用户。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+48"/>
        <source>A user needs at least one role.</source>
        <translation>用户至少需要一个角色。</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+39"/>
        <source>A name has at most {count} characters.</source>
        <translation>名称最多 {count} 个字符。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This database already has user accounts: sign in.</source>
        <translation>此数据库已有用户账户：请登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be an administrator, or no one could manage the accounts.</source>
        <translation>第一个用户必须是系统管理员，否则无人能管理账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a user with the login name {login}.</source>
        <translation>已有登录名为 {login} 的用户。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You cannot take away your own administrator role.</source>
        <translation>不能取消自己的系统管理员角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There must stay at least one enabled administrator.</source>
        <translation>必须至少保留一名已启用的系统管理员。</translation>
    </message>
    <message>
        <location filename="../desktop/services/user_keys.py" line="+62"/>
        <source>Only an enabled administrator&apos;s password can be set with the recovery key; {login} is not one.</source>
        <translation>只有已启用的系统管理员的密码才能用恢复密钥设置；{login} 不是已启用的系统管理员。</translation>
    </message>
    <message>
        <location filename="../desktop/services/users.py" line="+52"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+32"/>
        <source>This account is disabled. Ask an administrator.</source>
        <translation>此账户已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This account no longer exists.</source>
        <translation>此账户已不存在。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{login} cannot open this encrypted database yet: reset their password to give them a key, then tell them the new password.</source>
        <translation>{login} 暂时还不能打开这个已加密的数据库：请重置其密码，以便为其配发密钥，然后将新密码告知本人。</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+46"/>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/app.py" line="+240"/>
        <source>This database is encrypted: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD for a screenshot.</source>
        <translation>此数据库已加密：截图时请提供 VILLAGEDESK_USER 和 VILLAGEDESK_PASSWORD。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>This database has user accounts: give VILLAGEDESK_USER and VILLAGEDESK_PASSWORD for a screenshot.</source>
        <translation>此数据库已设用户账户：截图时请提供 VILLAGEDESK_USER 和 VILLAGEDESK_PASSWORD。</translation>
    </message>
</context>
<context>
    <name>AccountMenu</name>
    <message>
        <location filename="../desktop/ui/account_menu.py" line="+102"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No accounts yet: open to anyone on this computer</source>
        <translation>尚无用户账户：本机任何人都可使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in: {name} ({login})</source>
        <translation>当前用户：{name}（{login}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles: {roles}</source>
        <translation>角色：{roles}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change password…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock now</source>
        <translation>立即锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out…</source>
        <translation>退出登录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users…</source>
        <translation>用户…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out {name}? Open windows close; unsaved changes are asked about first.</source>
        <translation>要让 {name} 退出登录吗？已打开的窗口将关闭；如有未保存的修改，会先询问您。</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+7"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../desktop/ui/activity_dialog.py" line="+129"/>
        <source>Enter a score from 0 to 100.</source>
        <translation>请输入 0 到 100 之间的分数。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Month reported on</source>
        <translation>述职月份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter assessed</source>
        <translation>考评季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11</source>
        <translation>如 2026-11</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. 2026Q3</source>
        <translation>如 2026Q3</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>withdraw the work team</source>
        <translation>撤离驻村工作队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log {kind}</source>
        <translation>新增帮扶记录“{kind}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the log entry {kind}</source>
        <translation>修改帮扶记录“{kind}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Withdraw the work team</source>
        <translation>撤离驻村工作队</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New support log entry</source>
        <translation>新增帮扶记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support log entry</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>帮扶方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source of funds</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment score</source>
        <translation>考评得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People polled</source>
        <translation>参与测评人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of them satisfied</source>
        <translation>其中满意人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-11-20</source>
        <translation>如 2026-11-20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first secretary, work team, paired unit…</source>
        <translation>第一书记、驻村工作队、结对帮扶单位…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 200000 or 20万</source>
        <translation>如 200000 或 20万</translation>
    </message>
</context>
<context>
    <name>AspectSteps</name>
    <message>
        <location filename="../desktop/ui/inspection_steps.py" line="+166"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../desktop/services/attachments.py" line="+41"/>
        <source>{name} is larger than {limit} MB; attach a smaller file.</source>
        <translation>{name} 超过 {limit} MB，请附加较小的文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The stored file {sha} is damaged or missing: its content cannot be read back. Restore the attachments folder from a copy.</source>
        <translation>已存储的文件 {sha} 已损坏或缺失：无法读回其内容。请用副本恢复附件文件夹。</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+11"/>
        <location line="+12"/>
        <source>Cannot attach {name}: {reason}</source>
        <translation>无法附加 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The content of {name} changed while it was being stored, or does not match its hash; it was not stored.</source>
        <translation>{name} 的内容在存储过程中发生了变化，或与其哈希值不符；未存储该文件。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cannot save the attachment to {path}: {reason}</source>
        <translation>无法将附件保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Encrypting the attachments…</source>
        <translation>正在加密附件…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The attachment {path} cannot be encrypted: {reason}</source>
        <translation>无法加密附件 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../desktop/services/audit.py" line="+81"/>
        <source>Checking the audit trail…</source>
        <translation>正在检查审计日志…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no kind of record called “{entity}”.</source>
        <translation>没有名为“{entity}”的记录类型。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>change set {seq} ({action}, by {actor} at {time})</source>
        <translation>第 {seq} 号变更（{action}，操作人 {actor}，时间 {time}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit trail was reordered: {entry} stands after change set {before}, but it was written after change set {follows}.</source>
        <translation>审计日志顺序被打乱：{entry} 排在第 {before} 号变更之后，但它是在第 {follows} 号变更之后写入的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change sets {first} to {last} were removed from the audit trail: {entry} does not continue from change set {before}.</source>
        <translation>第 {first} 至 {last} 号变更已从审计日志中被删除：{entry} 与第 {before} 号变更衔接不上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change set {seq} was removed from the audit trail: {entry} does not continue from change set {before}.</source>
        <translation>第 {seq} 号变更已从审计日志中被删除：{entry} 与第 {before} 号变更衔接不上。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entries were removed from {entry}: it has {found} of its {count} entries; missing: {missing}.</source>
        <translation>{entry} 中有条目被删除：原有 {count} 条，现存 {found} 条；缺少：{missing}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entries were removed from {entry}: it has {found} of its {count} entries.</source>
        <translation>{entry} 中有条目被删除：原有 {count} 条，现存 {found} 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change sets before {entry} were removed from the audit trail: it does not continue from change set {before}.</source>
        <translation>{entry} 之前的变更已从审计日志中被删除：它与第 {before} 号变更衔接不上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit trail was cut short: it ends at change set {last}, but change sets up to {head} were written.</source>
        <translation>审计日志被截短：它止于第 {last} 号变更，但已写入的变更一直到第 {head} 号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was added to the audit trail outside VillageDesk: the trail was last written at change set {head}.</source>
        <translation>{entry} 是在 VillageDesk 之外被添加到审计日志中的：审计日志最后一次写入是在第 {head} 号变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} has no link in the audit trail: its hashes were removed or overwritten.</source>
        <translation>{entry} 在审计日志的哈希链中没有链接：其哈希值已被删除或覆盖。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: it differs from the head of the audit trail.</source>
        <translation>{entry} 在写入后被修改：与审计日志的链头不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: it has {found} entries where it had {count}.</source>
        <translation>{entry} 在写入后被修改：原有 {count} 条，现有 {found} 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{entry} was changed after it was written: its content no longer matches its hash.</source>
        <translation>{entry} 在写入后被修改：其内容与哈希值不再相符。</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/audit_head.py" line="+83"/>
        <source>The county&apos;s audit trail does not continue from the one it sent on {date}: entries may have been removed.</source>
        <translation>县级的审计日志与其于 {date} 发来的审计日志衔接不上：可能有条目被删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The township&apos;s audit trail does not continue from the one it sent on {date}: entries may have been removed.</source>
        <translation>乡镇的审计日志与其于 {date} 发来的审计日志衔接不上：可能有条目被删除。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../desktop/ui/audit_dialog.py" line="+89"/>
        <source>Checking the audit trail…</source>
        <translation>正在检查审计日志…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An entry was changed</source>
        <translation>有条目被修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An entry was removed</source>
        <translation>有条目被删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entries were put in another order</source>
        <translation>条目顺序被打乱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end of the trail was cut off</source>
        <translation>日志末尾被截断</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The check was cancelled before it finished.</source>
        <translation>检查未完成即被取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit trail is intact: {changesets} changes with {entries} entries were checked, from the first to the last.</source>
        <translation>审计日志完整：已从第一项到最后一项检查了 {changesets} 项变更，共 {entries} 个条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit trail has been tampered with. {message}</source>
        <translation>审计日志已被篡改。{message}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No. {seq}</source>
        <translation>第 {seq} 条</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last link: No. {seq}, {hash}</source>
        <translation>链头：第 {seq} 条，{hash}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the audit trail</source>
        <translation>检查审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change is written to the audit trail in a chain: each entry&apos;s fingerprint covers the one before it. The check recomputes the chain from the first change to the last and names the first entry that was changed, removed or put in another order.</source>
        <translation>每项变更都以哈希链的形式写入审计日志：每个条目的指纹（哈希值）都涵盖其前一个条目。检查时从第一项变更到最后一项重新计算整条哈希链，并指出第一个被修改、被删除或顺序被打乱的条目。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../desktop/ui/backup_table_model.py" line="+63"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../desktop/services/backup_files.py" line="+134"/>
        <source>Copying the database</source>
        <translation>正在复制数据库</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the copy</source>
        <translation>正在检查副本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy did not pass its check ({problem}), so it was removed. The last good backup is kept.</source>
        <translation>副本未通过检查（{problem}），已被删除。最近一份完好的备份仍然保留。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Reading the backup</source>
        <translation>正在读取备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {name} is encrypted: sign in to the database first, or open it with the recovery key. Nothing was changed.</source>
        <translation>备份 {name} 已加密：请先登录数据库，或用恢复密钥打开该备份。未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the backup</source>
        <translation>正在检查备份</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {name} was made of another database: this database&apos;s key does not open it. Nothing was changed: choose another backup.</source>
        <translation>备份 {name} 是另一个数据库的备份：本数据库的密钥无法打开它。未做任何更改，请另选一个备份。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The folder {folder} cannot be written ({reason}). Plug in the drive or choose another backup folder. The last good backup is kept.</source>
        <translation>无法写入文件夹 {folder}（{reason}）。请插入存储设备或另选备份文件夹。最近一份完好的备份仍然保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is not enough space in {folder}: the backup was not made. The last good backup is kept. Free some space or choose another backup folder.</source>
        <translation>{folder} 空间不足，未能备份。最近一份完好的备份仍然保留。请腾出一些空间或另选备份文件夹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../desktop/services/backups.py" line="+268"/>
        <source>The database is damaged, so a copy of it would not be a good backup. Restore it from a backup instead.</source>
        <translation>数据库已损坏，其副本不能作为可用的备份。请改为从备份恢复数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy in another program: the backup was not made. Try again.</source>
        <translation>数据库正被其他程序占用，未能备份。请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be read ({reason}): the backup was not made.</source>
        <translation>无法读取数据库（{reason}），未能备份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup to {folder} failed: the disk is full or faulty. The backup was not made; the last good backup is kept. Free some space or choose another backup folder.</source>
        <translation>向 {folder} 写入备份失败：磁盘已满或出现故障。未能备份，最近一份完好的备份仍然保留。请腾出一些空间或另选备份文件夹。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {name} is damaged ({problem}). Nothing was changed: choose another backup.</source>
        <translation>备份 {name} 已损坏（{problem}）。未做任何更改，请另选一个备份。</translation>
    </message>
    <message>
        <location filename="../desktop/services/backups.py" line="-169"/>
        <source>At start-up</source>
        <translation>启动时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After an hour of work</source>
        <translation>工作一小时后</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a database upgrade</source>
        <translation>数据库升级前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before encrypting the database</source>
        <translation>加密数据库前</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The backup was made, but recovery.keys could not be written beside it in {folder} ({reason}): without it the recovery sheet alone cannot open the backups there.</source>
        <translation>备份已创建，但无法将 recovery.keys 写入备份所在的 {folder}（{reason}）：缺少该文件，仅凭恢复密钥单无法打开该文件夹中的备份。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The folder {folder} cannot be written ({reason}). Choose another one.</source>
        <translation>无法写入文件夹 {folder}（{reason}）。请另选一个文件夹。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>There is no backup named {name} in {folder}.</source>
        <translation>{folder} 中没有名为 {name} 的备份。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Backups are made of a database file; this database is on a server, which its administrator backs up.</source>
        <translation>只能备份数据库文件；此数据库位于服务器上，由服务器管理员负责备份。</translation>
    </message>
    <message>
        <location filename="../desktop/services/backup_encryption.py" line="+50"/>
        <source>Encrypting the backups…</source>
        <translation>正在加密备份…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The backup {name} could not be encrypted ({reason}); it is still readable without a password. Remove it if it is not needed.</source>
        <translation>无法加密备份 {name}（{reason}）；该备份仍可不用密码读取。如不需要，请将其删除。</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <location filename="../desktop/ui/backups_window.py" line="+152"/>
        <source>There is no backup of this database yet. Make one with Back up now.</source>
        <translation>此数据库还没有备份。请点击“立即备份”创建一份。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only an administrator may do this.</source>
        <translation>只有系统管理员可以执行此操作。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made: {file}</source>
        <translation>已备份：{file}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database with the backup made {when}?

Changes made after {when} are lost. The database as it is now is kept with the backups first, so this can be undone by restoring that copy.</source>
        <translation>要用 {when} 创建的备份替换数据库吗？

{when} 之后所做的修改将会丢失。当前的数据库会先保存到备份中，因此可以通过恢复该副本来撤销此操作。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not restored: close the open records first.</source>
        <translation>未恢复：请先关闭已打开的记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restoring a backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored the backup made {when}. The database as it was is kept as {file}.</source>
        <translation>已恢复 {when} 创建的备份。原数据库已保存为 {file}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored the backup made {when}.</source>
        <translation>已恢复 {when} 创建的备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+29"/>
        <location line="+10"/>
        <source>Folder for backups</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Backups are kept in {folder} from now on.</source>
        <translation>今后备份将保存在 {folder} 中。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup of the database is made at start-up, after every hour of work and before every import. The last 10 are kept, with the newest of each day for a week and of each week for five weeks.</source>
        <translation>启动时、每工作一小时后以及每次导入前，都会自动备份数据库。保留最近 10 份备份，另外保留一周内每天最新的一份和五周内每周最新的一份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in:</source>
        <translation>保存位置：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change folder…</source>
        <translation>更改文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore…</source>
        <translation>恢复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>BasicFactsTab</name>
    <message>
        <location filename="../desktop/ui/basic_facts_tab.py" line="+149"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{colour} warning</source>
        <translation>{colour}预警</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name (Chinese)</source>
        <translation>名称（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>名称（藏文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakness types</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating and warning</source>
        <translation>评定等级与预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>12 digits, e.g. 513336100201</source>
        <translation>12 位数字，如 513336100201</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective economy income</source>
        <translation>集体经济收入</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../desktop/cli/commands.py" line="+29"/>
        <source>Demo data written to {path}: {counties} counties, {townships} townships, {villages} villages, {people} people, {posts} posts.</source>
        <translation>演示数据已写入 {path}：{counties} 个县、{townships} 个乡镇、{villages} 个村、{people} 人、{posts} 个职务。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The weak villages&apos; campaign: {problems} problems on the ledger, {plans} village plans, {activities} support log entries.</source>
        <translation>软弱涣散村整顿：问题台账中有 {problems} 个问题，一村一策方案 {plans} 份，帮扶记录 {activities} 条。</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+58"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+175"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <location line="+16"/>
        <source>Name (Chinese)</source>
        <translation>名称（汉文）</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+58"/>
        <location line="+16"/>
        <source>Name (Tibetan)</source>
        <translation>名称（藏文）</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+59"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+61"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="+72"/>
        <source>{option}: “{value}” is not one of {allowed}.</source>
        <translation>{option}：“{value}”不是可选值之一（{allowed}）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{kind} on {date} logged: {id}</source>
        <translation>已登记 {date} 的{kind}：{id}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>score {score:g}</source>
        <translation>得分 {score:g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent}% satisfied</source>
        <translation>满意度 {percent}%</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+29"/>
        <location filename="../desktop/cli/plan_commands.py" line="+100"/>
        <location filename="../desktop/cli/problem_commands.py" line="+142"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+30"/>
        <location filename="../desktop/cli/plan_commands.py" line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{level}: {result} on {date}.</source>
        <translation>{level}：{date} 评定{result}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign status: {status}.</source>
        <translation>整顿状态：{status}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next review: {level}.</source>
        <translation>下一步评定：{level}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village has passed the final review.</source>
        <translation>该村已通过终评。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review</source>
        <translation>评定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The work team is withdrawn as of {date}; campaign status: {status}.</source>
        <translation>驻村工作队自 {date} 起撤离；整顿状态：{status}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no township or county with the id or code {key}.</source>
        <translation>没有 id 或代码为 {key} 的乡镇或县。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Campaign status</source>
        <translation>整顿状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/commands.py" line="-61"/>
        <location line="+61"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="-58"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+32"/>
        <source>not assessed</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>no plan yet</source>
        <translation>尚无方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>returned at least once</source>
        <translation>至少退回过一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>统计项</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="-1"/>
        <location filename="../desktop/cli/roster_commands.py" line="+111"/>
        <source>Villages</source>
        <translation>村数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/problem_commands.py" line="+45"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+3"/>
        <location filename="../desktop/cli/problem_commands.py" line="+4"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/overview_commands.py" line="+0"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support funds {funds} yuan; {projects} projects ({project_yuan} yuan); {trained} people trained.</source>
        <translation>帮扶资金 {funds} 元；帮扶项目 {projects} 个（{project_yuan} 元）；培训 {trained} 人次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support log</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries</source>
        <translation>条数</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands.py" line="-61"/>
        <location line="+62"/>
        <location filename="../desktop/cli/inspection_commands.py" line="-33"/>
        <location filename="../desktop/cli/problem_commands.py" line="-2"/>
        <source>Weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="-15"/>
        <location filename="../desktop/cli/commands.py" line="-58"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+39"/>
        <source>{count} villages</source>
        <translation>共 {count} 个村</translation>
    </message>
    <message>
        <location line="-71"/>
        <location filename="../desktop/cli/commands.py" line="+54"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../desktop/cli/commands.py" line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired unit</source>
        <translation>结对帮扶单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired village</source>
        <translation>结对村</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/problem_commands.py" line="-6"/>
        <location filename="../desktop/cli/sync_commands.py" line="+330"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+0"/>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collective income (yuan)</source>
        <translation>集体经济收入（元）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/sync_commands.py" line="-157"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(former)</source>
        <translation>（原任）</translation>
    </message>
    <message>
        <location filename="../desktop/cli/report_commands.py" line="+39"/>
        <source>database file (default: the last one opened, else one in your data folder)</source>
        <translation>数据库文件（默认：上次打开的数据库，否则为数据文件夹中的数据库）</translation>
    </message>
    <message>
        <location filename="../desktop/cli/parser.py" line="+31"/>
        <source>language of messages and labels (default: the one chosen in the app)</source>
        <translation>提示和标签的语言（默认：程序中所选的语言）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sign in as LOGIN (default: VILLAGEDESK_USER); the password comes from VILLAGEDESK_PASSWORD or is asked</source>
        <translation>以登录名 LOGIN 登录（默认：VILLAGEDESK_USER）；密码取自 VILLAGEDESK_PASSWORD，否则提示输入</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VillageDesk: village files and the rectification of weak village Party organisations. Without a command, the window opens.</source>
        <translation>VillageDesk：村档案与软弱涣散村党组织整顿。不带命令时打开窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open the window offscreen, save a PNG of it to FILE and exit</source>
        <translation>在屏幕外打开窗口，将其截图保存为 PNG 文件 FILE 后退出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start with N demo villages if the database is empty</source>
        <translation>数据库为空时，先写入 N 个演示村再启动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with --screenshot (or at start): open this village&apos;s file</source>
        <translation>与 --screenshot 一起使用（或启动时）：打开该村的档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>check that this installation works (database, demo data, PDF in Chinese and Tibetan, Excel, sync, the window offscreen) in a temporary folder, then exit: 0 if every step passed</source>
        <translation>在临时文件夹中检查本机安装是否正常（数据库、演示数据、中文和藏文 PDF、Excel、数据同步、后台窗口），然后退出：各步均通过时返回 0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with --self-test: work in DIR (new or empty) and keep its files</source>
        <translation>与 --self-test 同用：在 DIR（新的或空的文件夹）中进行并保留其中的文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fill a database with a demo county</source>
        <translation>用演示县的数据填充数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reproducible demo county: townships, villages with Chinese and Tibetan names, people and posts, some weak villages.</source>
        <translation>写入可重现的演示县：乡镇、带汉藏文名称的村、人员和职务，以及部分软弱涣散村。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>default: one for every 25 villages</source>
        <translation>默认：每 25 个村一个乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the same seed makes the same demo</source>
        <translation>相同的种子生成相同的演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add the demo even if the database holds data</source>
        <translation>即使数据库已有数据也加入演示数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list and show village files</source>
        <translation>列出和查看村档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the villages</source>
        <translation>列出村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name (Chinese, Tibetan or pinyin) or code</source>
        <translation>名称（汉文、藏文或拼音）或代码</translation>
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
        <translation>输出供脚本使用的 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the audit trail; show a record&apos;s history</source>
        <translation>检查审计日志；查看某条记录的修改记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the hash chain over every change; exit 1 naming the first one changed, removed or reordered</source>
        <translation>检查覆盖全部变更的哈希链；如有变更被修改、被删除或顺序被打乱，指出第一处并以状态 1 退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every change of one record, newest first</source>
        <translation>某条记录的全部变更，最新的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`audit history village CODE` shows a village&apos;s changes; `audit history TABLE ID` any record&apos;s.</source>
        <translation>`audit history village CODE` 显示某村的变更；`audit history TABLE ID` 显示任一记录的变更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>village, problem, plan, person … </source>
        <translation>village（村）、problem（问题）、plan（方案）、person（人员）… </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the record&apos;s id (a village: its code or id)</source>
        <translation>记录的 ID（村：村代码或 ID）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the records that belong to it (a village&apos;s incomes, posts and people; a problem&apos;s steps)</source>
        <translation>同时列出其下属记录（村的收入、职务和人员；问题的整改步骤）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last link of the chain, as sync bundles carry it</source>
        <translation>哈希链的链头，即数据包中携带的那一环</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit trail holds: {changesets} change sets, {entries} entries, up to change set {seq}.</source>
        <translation>审计日志共有：{changesets} 个变更、{entries} 条明细，截至第 {seq} 个变更。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The change sets before it hold: {changesets} change sets, {entries} entries.</source>
        <translation>此前的变更共有：{changesets} 个变更、{entries} 条明细。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No changes of this record are in the change log.</source>
        <translation>变更记录中没有这条记录的变更。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} (undone)</source>
        <translation>{what}（已撤销）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_parser.py" line="+10"/>
        <source>the problem ledger: add, list, move and close out problems</source>
        <translation>问题台账：登记、列出、变更状态和销号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>put a problem on a village&apos;s ledger</source>
        <translation>在村的问题台账上登记一个问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what is wrong, where and how much</source>
        <translation>存在什么问题、在哪里、程度如何</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A political belief, B team building, C development, D livelihood, E social stability, F operating mechanism</source>
        <translation>A 政治信仰，B 队伍建设，C 发展举措，D 民生改善，E 社会稳定，F 运行机制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one of the 24 aspects, within the category</source>
        <translation>24 个方面之一，须属于所选类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soft, disorderly, lax, weak, poor</source>
        <translation>soft 软、disorderly 乱、lax 散、weak 弱、poor 穷</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where exactly: the inspection item, petition number, visit</source>
        <translation>具体出处：排查指标、信访编号、走访等</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date found (default: today)</source>
        <translation>发现日期（默认：今天）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+47"/>
        <source>responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>list problems, with the counts</source>
        <translation>列出问题，并显示统计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/cli/report_commands.py" line="+8"/>
        <source>any of these types</source>
        <translation>属于其中任一类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/report_commands.py" line="+3"/>
        <source>part of the responsible leader&apos;s or person&apos;s name</source>
        <translation>责任领导或责任人姓名的一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/report_commands.py" line="+2"/>
        <source>part of the description or village name</source>
        <translation>问题描述或村名的一部分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only open problems past their deadline</source>
        <translation>只列已超过整改时限、尚未解决的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/cli/report_commands.py" line="+2"/>
        <source>only open problems overdue or due soon</source>
        <translation>只列已超期或即将到期、尚未解决的问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>move a problem on: start, solved, sent back, reopened</source>
        <translation>变更问题状态：开始整改、已解决、退回、反复回潮</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why (needed to send back or reopen)</source>
        <translation>原因（退回或反复回潮时必填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>date of the change (default: today)</source>
        <translation>变更日期（默认：今天）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>who checked the result (closing out)</source>
        <translation>核查人（销号时）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>close out a solved problem with evidence (销号)</source>
        <translation>凭佐证材料将已解决的问题销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>who checked the result</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a file showing the result; repeat for more</source>
        <translation>证明整改结果的文件；可重复使用以添加多个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>show a problem with its history and evidence</source>
        <translation>查看问题及其变更记录和佐证材料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save readable copies of the evidence files into this folder</source>
        <translation>将佐证材料的可读副本（已解密）保存到此文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make problems from a finalised inspection&apos;s failed items</source>
        <translation>根据已定稿检查中未达标的指标生成问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only these items (default: every failed one)</source>
        <translation>只用这些指标（默认：全部未达标指标）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category when the checklist&apos;s aspects are not the ledger&apos;s</source>
        <translation>检查清单的方面与问题台账不一致时所用的类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a village&apos;s plan (一村一策) through its review cycle</source>
        <translation>一村一策方案及其审核流程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft a plan from the village&apos;s open problems</source>
        <translation>根据村的未解决问题起草方案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>show a plan: items, meeting, review and history</source>
        <translation>查看方案：条目、村民代表会议、审核意见和流转记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the village&apos;s newest plan</source>
        <translation>该村最新的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the items of this round (default: the current one)</source>
        <translation>显示该轮的条目（默认：当前轮次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the current round&apos;s items from a JSON file</source>
        <translation>用 JSON 文件设定当前轮次的条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds a JSON list of items in order, each with &quot;problem_id&quot; and any of goal, content, measures, deadline, responsible_leader, responsible_person. A field left out keeps its value; a problem left out is taken out of the plan.</source>
        <translation>该文件为按顺序排列的条目 JSON 列表，每一条含 &quot;problem_id&quot;，以及 goal、content、measures、deadline、responsible_leader、responsible_person 中的任意字段。未给出的字段保持原值；文件中未列出的问题将从方案中移除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the “three no-lets-go” check: every failure; exit status 1 if any</source>
        <translation>“三个不放过”核查：列出每一处不合格；有不合格时退出状态为 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record the village representatives&apos; meeting</source>
        <translation>登记村民代表会议审议情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>representatives due to attend</source>
        <translation>应到代表人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>submit the plan to the county organisation department</source>
        <translation>将方案报送县委组织部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the county&apos;s decision: approve, or return with comments</source>
        <translation>县委组织部审核决定：审定，或附意见退回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comment on item ITEM_NO (numbered as in plan show); repeat for more</source>
        <translation>对第 ITEM_NO 项的意见（编号同 plan show）；可重复使用以添加多条</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a comment on the whole plan</source>
        <translation>对整个方案的总体意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who decided (default: you)</source>
        <translation>审核人（默认：您）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>start the next round of a returned plan</source>
        <translation>对退回的方案开始下一轮修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>what changed between two rounds, item by item</source>
        <translation>逐项比较两轮之间的变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default: the round before --after</source>
        <translation>默认：--after 的前一轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the current round</source>
        <translation>默认：当前轮次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the support log: visits, talks, trainings, funds…</source>
        <translation>帮扶记录：走访、谈心谈话、培训、资金…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log what the support side did</source>
        <translation>登记帮扶力量开展的工作</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>who did it</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>funds or project amount, e.g. 48000 or 4.8万</source>
        <translation>资金或项目金额，例如 48000 或 4.8万</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>where the funds come from</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month reported on (2026-11) or quarter assessed (2026Q3)</source>
        <translation>述职月份（2026-11）或考评季度（2026Q3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assessment score, 0 to 100</source>
        <translation>考评得分，0 到 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>people who took the satisfaction poll</source>
        <translation>参加满意度测评的人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of them, satisfied</source>
        <translation>其中满意人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the support log, newest first</source>
        <translation>列出帮扶记录，最新的在前</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record an acceptance review, or show where a village stands</source>
        <translation>登记验收评定结果，或查看村的整顿状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show the campaign status and the next review</source>
        <translation>查看整顿状态和下一步评定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body or person that decided</source>
        <translation>评定单位或评定人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>withdraw the work team of a converted village</source>
        <translation>撤离已转化村的驻村工作队</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the campaign&apos;s figures for a township, a county or all</source>
        <translation>某乡镇、某县或全部的整顿统计数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a township or county: its id or division code</source>
        <translation>乡镇或县：其 id 或区划代码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>plan show takes a PLAN_ID or --village CODE</source>
        <translation>plan show 需要 PLAN_ID 或 --village CODE（二者择一）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accept takes --level, --result and --date (or --status)</source>
        <translation>accept 需要 --level、--result 和 --date（或 --status）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>accept --status records nothing: leave out --level, --result and --date</source>
        <translation>accept --status 不登记任何内容：请去掉 --level、--result 和 --date</translation>
    </message>
    <message>
        <location filename="../desktop/cli/parser.py" line="-93"/>
        <source>database file, or a server&apos;s database as postgresql://USER@HOST/DATABASE (default: the last one opened, else one in your data folder)</source>
        <translation>数据库文件，或服务器上的数据库，写作 postgresql://用户@主机/数据库（默认：上次打开的，否则为数据文件夹中的数据库）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>show one village file</source>
        <translation>查看一个村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 12-digit division code (or the village&apos;s id)</source>
        <translation>12 位区划代码（或村的 id）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>list, import and export checklist templates</source>
        <translation>列出、导入和导出检查清单模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the templates and their versions</source>
        <translation>列出模板及其版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a template from an .xlsx (or .toml) file</source>
        <translation>从 .xlsx（或 .toml）文件导入模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export a template to an .xlsx file</source>
        <translation>将模板导出为 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>code, code@version or id</source>
        <translation>代码、代码@版本或 id</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>record a village&apos;s inspection from a file of answers</source>
        <translation>根据答案文件记录一个村的检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers: a JSON object of indicator code to a value, or to {&quot;value&quot;: ..., &quot;note&quot;: ..., &quot;na&quot;: true, &quot;evidence&quot;: [files]}. A draft for the same village, template and period is resumed.</source>
        <translation>答案：一个 JSON 对象，指标代码对应一个值，或对应 {&quot;value&quot;: ..., &quot;note&quot;: ..., &quot;na&quot;: true, &quot;evidence&quot;: [文件]}。同一村、同一模板、同一期的草稿会接着填写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>2026Q3, 2026-11H1 or 2026-11-23</source>
        <translation>2026Q3、2026-11H1 或 2026-11-23</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>delete the open draft for this village, template and period</source>
        <translation>删除该村、该模板、该期的未定稿草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finalise the inspection after saving the answers</source>
        <translation>保存答案后将检查定稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the warning colours and quota classes of a period</source>
        <translation>某一期的预警颜色和比例等次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rank villages for the quota classes within their county (default) or township</source>
        <translation>按县（默认）或乡镇范围排名，划分比例等次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set a village&apos;s rating (advanced, ordinary, backward, problem)</source>
        <translation>设定村的评定等级（先进、一般、后进、问题）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the year or period the rating is for</source>
        <translation>评定所属的年度或期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--screenshot, --open and --demo belong to the window, not to a command</source>
        <translation>--screenshot、--open 和 --demo 用于窗口，不能与命令一起使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--self-test runs alone, without a command, --screenshot, --open or --demo</source>
        <translation>--self-test 须单独运行，不能与命令、--screenshot、--open 或 --demo 同用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--keep belongs to --self-test</source>
        <translation>--keep 只能与 --self-test 同用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--open takes village:CODE</source>
        <translation>--open 的参数应为 village:代码</translation>
    </message>
    <message>
        <location filename="../desktop/cli/inspection_commands.py" line="-147"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspects</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template written to {path}.</source>
        <translation>模板已写入 {path}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../desktop/cli/plan_commands.py" line="+11"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/plan_commands.py" line="+2"/>
        <source>{path} is not valid JSON: {reason}</source>
        <translation>{path} 不是有效的 JSON：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} must hold a JSON object of indicator code to answer.</source>
        <translation>{path} 必须是一个 JSON 对象：指标代码对应答案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code}: the template has no such indicator.</source>
        <translation>{code}：模板中没有此指标。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{code}: no such file {path}.</source>
        <translation>{code}：没有文件 {path}。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The answers are saved as a draft, but it cannot be finalised yet:</source>
        <translation>答案已保存为草稿，但还不能定稿：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saved as a draft</source>
        <translation>已保存为草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection {period} {state}: score {score}, {colour}, {answered} of {total} answered, {failed} failed.</source>
        <translation>{period}检查{state}：得分 {score}，{colour}，已答 {answered}/{total} 项，{failed} 项未达标。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedy</source>
        <translation>八治</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no draft inspection for {period} to delete.</source>
        <translation>{period}没有可删除的检查草稿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The draft inspection for {period} is deleted.</source>
        <translation>{period}的检查草稿已删除。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/campaign_commands.py" line="+0"/>
        <location filename="../desktop/cli/inspection_commands.py" line="+20"/>
        <location filename="../desktop/cli/problem_commands.py" line="-43"/>
        <location line="+45"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../desktop/cli/inspection_commands.py" line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota class</source>
        <translation>比例等次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+15"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rating for {period} set to {rating}.</source>
        <translation>{period} 的评定等级已设为{rating}。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="-72"/>
        <source>Plan {id} drafted with {count} items, one for each open problem.</source>
        <translation>方案 {id} 已起草，共 {count} 项，每个未解决问题一项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The village has no plan yet: plan create --village {code}.</source>
        <translation>该村尚无方案：请用 plan create --village {code} 起草。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Plan {id}</source>
        <translation>方案 {id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village}, {year}: round {round} of {rounds}, {status}.</source>
        <translation>{village}，{year} 年：第 {round} 轮（共 {rounds} 轮），{status}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village representatives&apos; meeting {date}: {present} of {expected} present; {resolution}</source>
        <translation>村民代表会议 {date}：应到 {expected} 人，实到 {present} 人；{resolution}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Submitted to the county on {date}.</source>
        <translation>已于 {date} 报送县委组织部。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last decision {date} by {by}: {comment}</source>
        <translation>最近一次审核：{date}，审核人 {by}；意见：{comment}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} must hold a JSON list of items.</source>
        <translation>{path} 必须是由条目组成的 JSON 列表。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {n}: must be a JSON object.</source>
        <translation>第 {n} 项：必须是 JSON 对象。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Item {n}: give its problem_id (or the number of an item in plan show as &quot;item&quot;).</source>
        <translation>第 {n} 项：请给出 problem_id（或用 &quot;item&quot; 给出 plan show 中的条目编号）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item {n}: unknown fields {names}; the fields are {allowed}.</source>
        <translation>第 {n} 项：未知字段 {names}；可用字段为 {allowed}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Item {n}, deadline: {error}</source>
        <translation>第 {n} 项，整改时限：{error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Round {round}: {count} items saved.</source>
        <translation>第 {round} 轮：已保存 {count} 项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} failures of the “three no-lets-go” check.</source>
        <translation>“三个不放过”核查有 {count} 处不合格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan passes the “three no-lets-go” check.</source>
        <translation>方案通过“三个不放过”核查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village representatives&apos; meeting of {date} is recorded.</source>
        <translation>{date} 村民代表会议审议情况已登记。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan is submitted to the county organisation department.</source>
        <translation>方案已报送县委组织部。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--comment takes ITEM_NO=TEXT, e.g. 2=请写明资金来源 (got “{text}”).</source>
        <translation>--comment 的格式应为 ITEM_NO=TEXT，例如 2=请写明资金来源（收到的是“{text}”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--comment {n}: the plan has items 1 to {last}.</source>
        <translation>--comment {n}：方案只有第 1 至 {last} 项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan is {status}.</source>
        <translation>方案状态：{status}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Round {round} drafted from round {previous}; the county&apos;s comments stay on round {previous}.</source>
        <translation>已根据第 {previous} 轮起草第 {round} 轮；县委组织部的意见保留在第 {previous} 轮。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../desktop/cli/audit_commands.py" line="-11"/>
        <location filename="../desktop/cli/plan_commands.py" line="+1"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="+0"/>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Round {before} → round {after}</source>
        <translation>第 {before} 轮 → 第 {after} 轮</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>answered</source>
        <translation>已回应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered</source>
        <translation>未回应</translation>
    </message>
    <message>
        <location filename="../desktop/cli/problem_commands.py" line="-91"/>
        <source>Problem recorded: {id}</source>
        <translation>问题已登记：{id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+44"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+48"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+45"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+54"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+51"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Problem {id}: {before} → {after}.</source>
        <translation>问题 {id}：{before} → {after}。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Reopened</source>
        <translation>反复回潮</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored at</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted: use --save-evidence FOLDER</source>
        <translation>已加密：请使用 --save-evidence FOLDER</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} problems put on the ledger.</source>
        <translation>已将 {count} 个问题登记到问题台账。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/export_commands.py" line="+16"/>
        <source>export the villages, ledger, plans, inspections or warnings to Excel</source>
        <translation>将村、问题台账、一村一策方案、检查或预警导出到 Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a formatted Excel workbook: frozen header, filters, drop-down lists for statuses. Values and headers are in the language of --lang; the village list is written as a roster that `roster import` reads back.</source>
        <translation>生成带格式的 Excel 工作簿：冻结表头、筛选、状态下拉列表。数据和表头使用 --lang 指定的语言；村名单按花名册格式写出，可用 `roster import` 重新导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>headers in Chinese and Tibetan (the values stay in the language of --lang)</source>
        <translation>表头使用中文和藏文双语（数据仍使用 --lang 指定的语言）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inspections: add a sheet with every answer</source>
        <translation>检查：另加一张列出全部答案的工作表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--answers belongs to the inspections export</source>
        <translation>--answers 只用于导出检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{rows} rows written to {path}.</source>
        <translation>已将 {rows} 行写入 {path}。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/report_commands.py" line="-28"/>
        <source>print a report to PDF: plan form, village dossier, ledger, township, county</source>
        <translation>将报表输出为 PDF：一村一策方案表、村档案、问题台账、乡镇汇总、全县概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a report as a PDF in Chinese, Tibetan or both. The plan form and the village dossier are about one village (--village); the others about a township or county (--township) or all of them.</source>
        <translation>以中文、藏文或双语生成 PDF 报表。一村一策方案表和村档案针对一个村（--village）；其他报表针对一个乡镇或县（--township），不指定时针对全部。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one of: {kinds}</source>
        <translation>可选值：{kinds}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the village&apos;s division code (or id)</source>
        <translation>村的区划代码（或 id）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the township (or county): its code or its Chinese or Tibetan name</source>
        <translation>乡镇（或县）：代码或中文、藏文名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the report&apos;s language: zh_CN, bo_CN or both (default: the one chosen in the app)</source>
        <translation>报表语言：zh_CN、bo_CN 或 both（默认：程序中所选的语言）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ledger: only problems in these statuses (open, in_progress, solved, closed, reopened)</source>
        <translation>问题台账：只列这些状态的问题（open、in_progress、solved、closed、reopened）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ledger: only overdue problems</source>
        <translation>问题台账：只列逾期问题</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>villagedesk report {kind}: say which village with --village CODE.</source>
        <translation>villagedesk report {kind}：请用 --village CODE 指定村。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Report saved to {path}.</source>
        <translation>报表已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/roster_commands.py" line="-17"/>
        <source>import villages, people and posts from an Excel roster; save a blank roster</source>
        <translation>从 Excel 花名册导入村、人员和职务；保存空白花名册</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>save a blank roster with the expected columns and drop-down lists</source>
        <translation>保存含规定列和下拉列表的空白花名册</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import a roster workbook</source>
        <translation>导入花名册工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports the rows that are right, all in one transaction, and lists the rows rejected with sheet, row, column and reason. Exits 1 when rows were rejected.</source>
        <translation>在同一事务中导入全部正确的行，并列出被拒绝的行及其工作表、行、列和原因。有行被拒绝时退出状态为 1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../desktop/cli/sync_commands.py" line="+54"/>
        <source>show what would change; write nothing</source>
        <translation>只显示将会发生的变化，不写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save the rejected rows with the reasons, to fix and import again</source>
        <translation>保存被拒绝的行及原因，改正后可重新导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read a column whose header was not recognised as this roster column (KEY such as phone, village_code; &apos;none&apos; to leave a column out); COLUMN is a letter or number</source>
        <translation>将表头未能识别的列按指定的花名册列读取（KEY 如 phone、village_code；用 &apos;none&apos; 跳过该列）；COLUMN 为列字母或列号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Blank roster saved to {path}.</source>
        <translation>空白花名册已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--map takes SHEET!COLUMN=KEY, such as &apos;Sheet1!H=phone&apos;, with one of the keys: {keys}.</source>
        <translation>--map 的格式为 SHEET!COLUMN=KEY，如 &apos;Sheet1!H=phone&apos;，KEY 须为以下之一：{keys}。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{count} rows were rejected.</source>
        <translation>{count} 行被拒绝。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file}: {rows} rows read from {sheets} sheets ({skipped} blank or subtotal rows left out).</source>
        <translation>{file}：从 {sheets} 张工作表读取 {rows} 行（跳过空行或小计行 {skipped} 行）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sheet {sheet}: no roster header found; left out.</source>
        <translation>工作表 {sheet}：未找到花名册表头，已跳过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, column {column} ({header}): not recognised, left out (read it with --map).</source>
        <translation>工作表 {sheet}，第 {column} 列（{header}）：无法识别，已跳过（可用 --map 读取）。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/overview_commands.py" line="-5"/>
        <source>the prefecture overview: per county, villages by warning colour and campaign status, problems found, solved and closed out</source>
        <translation>全州总览：按县列出各预警颜色和整顿状态的村数，以及发现、解决和销号的问题数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a prefecture or a county: its id or division code (default: every county)</source>
        <translation>州或县：其编号或区划代码（默认：全部县）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../desktop/cli/roster_commands.py" line="+3"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the campaign</source>
        <translation>纳入整顿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counties} counties, {villages} villages; {problems}</source>
        <translation>{counties} 个县，{villages} 个村；{problems}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no county)</source>
        <translation>（无所属县）</translation>
    </message>
    <message>
        <location filename="../desktop/cli/roster_commands.py" line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what}: {added} to add, {changed} to change, {unchanged} unchanged.</source>
        <translation>{what}：新增 {added}，修改 {changed}，不变 {unchanged}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new township {name}</source>
        <translation>新增乡镇 {name}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected rows saved to {path}.</source>
        <translation>被拒绝的行已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/sync_commands.py" line="+215"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported in one change set ({id}); the app can undo it whole.</source>
        <translation>已作为一个变更集（{id}）导入；可在程序中整体撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: the database already holds all of it.</source>
        <translation>没有需要导入的内容：数据库中已全部存在。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="-268"/>
        <source>this installation&apos;s id, unit and key fingerprint</source>
        <translation>本终端的编号、单位和密钥指纹码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>show this installation&apos;s identity</source>
        <translation>显示本终端的身份信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make new keys (after a revocation): the other side must enrol this installation again</source>
        <translation>生成新密钥（吊销之后）：对方须重新登记本终端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set this installation up as a county or a township</source>
        <translation>将本终端设为县级或乡镇</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set up as a county: enrols townships, merges their bundles</source>
        <translation>设为县级：登记各乡镇终端，合并其数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set up as a township: sends its villages&apos; data to the county</source>
        <translation>设为乡镇：将本乡镇各村的数据报送县里</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit&apos;s division code</source>
        <translation>单位的区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the unit&apos;s Chinese name, to add it when it is not in the database</source>
        <translation>单位的汉文名称（数据库中没有该单位时据此添加）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit&apos;s Tibetan name</source>
        <translation>单位的藏文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a name for this installation, shown to the other side (default: the unit&apos;s name)</source>
        <translation>本终端的名称，显示给对方（默认：单位名称）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exchange enrolment files with the county or a township; list and revoke</source>
        <translation>与县或乡镇交换登记文件；列出和吊销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write this installation&apos;s enrolment file</source>
        <translation>写出本终端的登记文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrol another installation from its file and the fingerprint on its slip</source>
        <translation>根据另一终端的登记文件和其登记单上的指纹码登记该终端</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the 40 digits printed on the other installation&apos;s enrolment slip (spaces allowed)</source>
        <translation>对方终端登记单上印的 40 位数字（可含空格）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list the enrolled installations</source>
        <translation>列出已登记的终端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>county: refuse an installation&apos;s bundles from now on (a lost laptop)</source>
        <translation>县级：今后拒收某终端的数据包（如笔记本电脑丢失）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>make and import sync bundles</source>
        <translation>生成和导入数据包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write a bundle for an enrolled installation</source>
        <translation>为已登记的终端生成数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes everything changed since the last bundle the other side acknowledged (with --full, everything), signed and encrypted for it.</source>
        <translation>写出自对方最近一次确认收到的数据包以来的全部变化（加 --full 则写出全部数据），并签名、为对方加密。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the installation id (or its first digits, or its unit&apos;s code)</source>
        <translation>终端编号（或其开头几位，或其单位的区划代码）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>send everything, not only the changes</source>
        <translation>发送全部数据，而不只是变化部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import a bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checks the whole bundle, then imports all of it in one transaction, or nothing. Exits 1 when the bundle is refused.</source>
        <translation>先检查整个数据包，再在同一事务中全部导入，否则一概不导入。数据包被拒收时退出状态为 1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>records both sides changed: list, show and resolve</source>
        <translation>双方都修改过的记录：列出、显示和处理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list the open conflicts</source>
        <translation>列出未处理的冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also the resolved ones</source>
        <translation>同时列出已处理的冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>show both versions side by side</source>
        <translation>并排显示两个版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolve a conflict</source>
        <translation>处理冲突</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>keep the version that won</source>
        <translation>保留胜出的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write the other version as a new change here</source>
        <translation>将另一版本作为新修改写入本终端</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Installation: {id}</source>
        <translation>终端编号：{id}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: {name}</source>
        <translation>名称：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as: {mode}, {unit} {code}</source>
        <translation>级别：{mode}，{unit} {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint: {digits}</source>
        <translation>指纹码：{digits}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This installation&apos;s key was revoked by the county on {date}; enrol again.</source>
        <translation>本终端的密钥已于 {date} 被县里吊销；请重新登记。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New keys made. Export the enrolment file again and give the other side the new fingerprint: {digits}</source>
        <translation>已生成新密钥。请重新导出登记文件，并把新的指纹码交给对方：{digits}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Set up as {mode} for {unit} ({code}).</source>
        <translation>本终端已设为 {mode}，单位：{unit}（{code}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enrolment file written to {path}.</source>
        <translation>登记文件已写入 {path}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the other side this fingerprint separately (on the printed slip): {digits}</source>
        <translation>请另行将此指纹码交给对方（印在登记单上）：{digits}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enrolled {name} ({unit}), installation {id}.</source>
        <translation>已登记 {name}（{unit}），终端编号 {id}。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No installation is enrolled here yet.</source>
        <translation>此处尚未登记任何终端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../desktop/cli/backup_commands.py" line="-21"/>
        <source>list, make and restore backups</source>
        <translation>列出、创建和恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups are checked copies of the database in the backup folder (beside the database unless another was chosen).</source>
        <translation>备份是存放在备份文件夹中、经过检查的数据库副本（除非另选了文件夹，否则就在数据库旁边）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list this database&apos;s backups, newest first</source>
        <translation>列出本数据库的备份，最新的在前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make a backup now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>put a backup in the database&apos;s place</source>
        <translation>用备份替换当前数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is checked through first; the database as it was is kept as a backup (or, if damaged, as a copy beside it).</source>
        <translation>先全面检查该备份；原数据库保留为一份备份（如已损坏，则作为副本保留在其旁边）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup&apos;s file name, as listed</source>
        <translation>备份的文件名（与列表中一致）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the newest backup that passes its check</source>
        <translation>通过检查的最新备份</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>check the database file for damage</source>
        <translation>检查数据库文件是否损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs SQLite&apos;s quick check (with --full its integrity check) on the database file. Exit status 1 if it is damaged.</source>
        <translation>对数据库文件运行 SQLite 快速检查（加 --full 则运行完整性检查）。如已损坏，退出状态为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the thorough check (slower)</source>
        <translation>全面检查（较慢）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This command works on a database file. A database on a server is backed up and checked by the server&apos;s administrator (pg_dump, pg_amcheck).</source>
        <translation>此命令只适用于数据库文件。服务器上的数据库由服务器管理员负责备份和检查（pg_dump、pg_amcheck）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No backups of this database in {folder}.</source>
        <translation>{folder} 中没有本数据库的备份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup made: {path} ({size})</source>
        <translation>已备份：{path}（{size}）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no good backup of this database in {folder}.</source>
        <translation>{folder} 中没有本数据库的完好备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no backup named {name} in {folder}.</source>
        <translation>{folder} 中没有名为 {name} 的备份。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Restored the backup made {when}: {name}</source>
        <translation>已恢复 {when} 的备份：{name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database as it was is kept in {path}</source>
        <translation>原数据库保留在 {path}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path}: no damage found.</source>
        <translation>{path}：未发现损坏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is damaged. Restore it from a backup: villagedesk backup restore --newest</source>
        <translation>{path} 已损坏。请从备份恢复：villagedesk backup restore --newest</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="+1"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name} is revoked: its bundles are refused from now on, and the county&apos;s next bundles tell the others.</source>
        <translation>{name} 已吊销：今后拒收其数据包，县里的下一批数据包会通知其他终端。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No enrolled installation matches {text} (see: villagedesk enrol list).</source>
        <translation>没有与 {text} 相符的已登记终端（参见：villagedesk enrol list）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{text} matches several installations; give more of the id.</source>
        <translation>{text} 与多个终端相符；请输入更多位编号。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>full</source>
        <translation>完整</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changes since bundle {n}</source>
        <translation>第 {n} 号数据包以来的变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle {sequence} ({kind}) written to {path}: {rows} records, {files} files, {size} bytes.</source>
        <translation>第 {sequence} 号数据包（{kind}）已写入 {path}：{rows} 条记录，{files} 个文件，{size} 字节。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Bundle {sequence} from {name}, made {at}.</source>
        <translation>来自 {name} 的第 {sequence} 号数据包，生成于 {at}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundles {numbers} never came; this one holds their changes.</source>
        <translation>第 {numbers} 号数据包始终未收到；本数据包已包含其中的变化。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} villages touched.</source>
        <translation>涉及 {count} 个村。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>conflict: {entity} {id} (decided by {rule})</source>
        <translation>冲突：{entity} {id}（按规则 {rule} 裁定）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported in one transaction.</source>
        <translation>已在同一事务中全部导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also imported bundle {sequence}, which was waiting for this one.</source>
        <translation>同时导入了一直在等待本数据包的第 {sequence} 号数据包。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../desktop/cli/audit_commands.py" line="+11"/>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../desktop/cli/sync_commands.py" line="+0"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolved</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kept</source>
        <translation>保留的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Conflict resolved: the other version is now the record here.</source>
        <translation>冲突已处理：另一版本现已成为本终端的记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved: the version that won stays.</source>
        <translation>冲突已处理：保留胜出的版本。</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+1"/>
        <source>read the password from the first line of standard input (for scripts)</source>
        <translation>从标准输入的第一行读取密码（供脚本使用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list, add and edit user accounts</source>
        <translation>列出、添加和编辑用户账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User accounts and their roles: clerk, secretary, reviewer, admin. The first account must be an administrator; after that every command needs --user and its password.</source>
        <translation>用户账户及其角色：clerk（乡镇录入员）、secretary（乡镇书记）、reviewer（县级审核员）、admin（系统管理员）。第一个账户必须是系统管理员；此后每条命令都需要 --user 及其密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>list the user accounts</source>
        <translation>列出用户账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add a user account</source>
        <translation>添加用户账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a role of the user (repeat for several)</source>
        <translation>用户的角色（多个角色可重复指定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>the name shown for the user</source>
        <translation>用户的显示名称</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>for the first administrator, who encrypts the database: also write the recovery sheet to print (PDF) to this file</source>
        <translation>用于添加第一个系统管理员时（此时即加密数据库）：同时将供打印的恢复密钥单（PDF）写入此文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>change a user&apos;s name, roles or access</source>
        <translation>修改用户的名称、角色或访问权限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user&apos;s roles from now on (repeat for several)</source>
        <translation>用户今后的角色（多个角色可重复指定）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user may no longer sign in</source>
        <translation>该用户不能再登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user may sign in again</source>
        <translation>该用户可以重新登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a user a new password, to be changed at the next sign-in</source>
        <translation>为用户设置新密码，下次登录时须修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>change your own password</source>
        <translation>修改自己的密码</translation>
    </message>
    <message>
        <location filename="../desktop/cli/encryption_commands.py" line="-7"/>
        <source>also write the recovery sheet to print (PDF) to this file</source>
        <translation>同时将供打印的恢复密钥单（PDF）写入此文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>encrypt the database (an administrator; prints the recovery key once)</source>
        <translation>加密数据库（须由系统管理员执行；恢复密钥只输出一次）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypt a database that has user accounts: a backup is made first, then the database, its backups and attachments are encrypted. The recovery key is printed once: keep it on paper, away from the laptop.</source>
        <translation>加密已设用户账户的数据库：先创建一份备份，然后加密数据库及其备份和附件。恢复密钥只输出一次：请记在纸上，并与笔记本电脑分开保管。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open an encrypted database with the recovery key and set an administrator&apos;s new password</source>
        <translation>用恢复密钥打开已加密的数据库，并为一名系统管理员设置新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When every password is lost: the recovery key printed when the database was encrypted opens it; the administrator named by --user gets a new password.</source>
        <translation>所有密码都遗失时使用：用加密数据库时输出的恢复密钥打开数据库，并为 --user 指定的系统管理员设置新密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the 48 digits of the recovery sheet (asked on the terminal if left out)</source>
        <translation>恢复密钥单上的 48 位数字（如省略，则在命令行窗口中询问）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/cli/user_commands.py" line="+1"/>
        <source>read the new password from the first line of standard input (for scripts)</source>
        <translation>从标准输入的第一行读取新密码（供脚本使用）</translation>
    </message>
    <message>
        <location filename="../desktop/cli/user_commands.py" line="+41"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>CampaignMenu</name>
    <message>
        <location filename="../desktop/ui/campaign_menu.py" line="+51"/>
        <source>&amp;Rectification</source>
        <translation>整顿(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan…</source>
        <translation>一村一策…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>整顿总览</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft village plan</source>
        <translation>起草一村一策</translation>
    </message>
</context>
<context>
    <name>CategoryChart</name>
    <message>
        <location filename="../desktop/ui/category_chart.py" line="+142"/>
        <source>{category}: {found} problems found, {solved} solved ({share} %)</source>
        <translation>{category}：发现问题 {found} 个，已解决 {solved} 个（{share}%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the solved ones.</source>
        <translation>点击列出已解决的问题。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to list them.</source>
        <translation>点击列出明细。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
</context>
<context>
    <name>ChecklistManager</name>
    <message>
        <location filename="../desktop/ui/checklist_manager.py" line="+104"/>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>Import checklist template</source>
        <translation>导入检查清单模板</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Checklist templates (*.xlsx *.toml);;Excel workbooks (*.xlsx);;TOML files (*.toml)</source>
        <translation>检查清单模板 (*.xlsx *.toml);;Excel 工作簿 (*.xlsx);;TOML 文件 (*.toml)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>{file} was not imported.</source>
        <translation>{file} 未导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import checklist template {label}</source>
        <translation>导入检查清单模板 {label}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{file} has {count} mistakes; nothing was imported. Fix them all in the file and import it again.</source>
        <translation>{file} 有 {count} 处错误，未导入任何内容。请在文件中全部改正后重新导入。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <location line="+3"/>
        <source>Export checklist template</source>
        <translation>导出检查清单模板</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template {label} saved to {path}.</source>
        <translation>模板 {label} 已保存到 {path}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist templates</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template changed after inspections were made with it becomes a new version; those inspections keep the version they used.</source>
        <translation>已用于检查的模板修改后会成为新版本；这些检查仍保留其所用的版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>检查对象</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <location filename="../desktop/core/checklists.py" line="+147"/>
        <source>This text is missing in {language}.</source>
        <translation>缺少{language}文字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code is missing.</source>
        <translation>缺少代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} may only hold letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>代码 {code} 只能包含字母、数字、“.”、“-”和“_”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code {code} is used twice.</source>
        <translation>代码 {code} 重复使用。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A number is needed here.</source>
        <translation>此处需要填数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+136"/>
        <source>Write yes or no.</source>
        <translation>请填“是”或“否”。</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This template is written in format {found}; this version of the program reads format {known}.</source>
        <translation>此模板使用格式 {found}；本版本程序读取格式 {known}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template code must be 2–64 lower-case letters, digits or &apos;-&apos;.</source>
        <translation>模板代码须为 2–64 个小写字母、数字或“-”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The version must be a whole number from 1.</source>
        <translation>版本须为从 1 起的整数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write village or township.</source>
        <translation>请填 village（村）或 township（乡镇）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write a fraction above 0 and at most 1.</source>
        <translation>请填大于 0、不超过 1 的小数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The template has no indicators.</source>
        <translation>模板中没有指标。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The aspect {code} has no indicators.</source>
        <translation>方面 {code} 没有指标。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The category {code} has no aspects.</source>
        <translation>类别 {code} 没有方面。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The weight must be above 0.</source>
        <translation>权重须大于 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one of yes_no, scale, bands or count.</source>
        <translation>请填 yes_no、scale、bands 或 count 之一。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a weakness type (soft, disorderly, lax, weak, poor).</source>
        <translation>{value} 不是软弱类型（soft 软、disorderly 乱、lax 散、weak 弱、poor 穷）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not one of the eight remedies.</source>
        <translation>{value} 不属于“八治”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The scale&apos;s top must be a whole number from 1 to {top}.</source>
        <translation>分级的最高值须为 1 到 {top} 的整数。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Write bands as from:score pairs, e.g. 0:0; 50000:0.6; 100000:1.</source>
        <translation>分档请写成“起点:得分”对，如 0:0; 50000:0.6; 100000:1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This kind needs bands.</source>
        <translation>此类型需要分档。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A band&apos;s score is a fraction from 0 to 1.</source>
        <translation>分档得分须为 0 到 1 的小数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bands must rise: each &apos;from&apos; above the one before.</source>
        <translation>分档须递增：每档起点都要高于前一档。</translation>
    </message>
    <message>
        <location filename="../desktop/services/checklist_excel.py" line="+66"/>
        <source>The workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, row {row}, column {column} ({header})</source>
        <translation>工作表 {sheet}，第 {row} 行，{column} 列（{header}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sheet {sheet}, row {row}</source>
        <translation>工作表 {sheet}，第 {row} 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} is not an Excel workbook (.xlsx) or it is damaged. Save it from Excel as .xlsx and try again.</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）或已损坏。请在 Excel 中另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The workbook has no sheet named {name} (or {name_zh}).</source>
        <translation>工作簿中没有名为 {name}（或 {name_zh}）的工作表。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The column {heading} is missing from the header row.</source>
        <translation>表头行中缺少 {heading} 列。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The code {code} already has the name {name} (row {row}); a code keeps one name.</source>
        <translation>代码 {code} 已有名称“{name}”（第 {row} 行）；一个代码只能有一个名称。</translation>
    </message>
    <message>
        <location filename="../desktop/services/checklists.py" line="+47"/>
        <source>Template {label} added.</source>
        <translation>已添加模板 {label}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {label} added as a new version; inspections made with earlier versions keep theirs.</source>
        <translation>模板 {label} 已作为新版本添加；用旧版本做的检查仍保留原版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template {label} replaced (no inspection used it yet).</source>
        <translation>模板 {label} 已替换（尚无检查使用它）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template {label} is already here, unchanged.</source>
        <translation>模板 {label} 已存在，无变化。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The template has {count} mistakes; nothing was imported.</source>
        <translation>模板有 {count} 处错误，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no checklist template {key}. `villagedesk checklist list` shows them.</source>
        <translation>没有检查清单模板 {key}。`villagedesk checklist list` 可列出全部模板。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no checklist template {key}.</source>
        <translation>没有检查清单模板 {key}。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{place}, {field}: {message}</source>
        <translation>{place}，{field}：{message}</translation>
    </message>
</context>
<context>
    <name>ConflictCompare</name>
    <message>
        <location filename="../desktop/ui/conflict_compare.py" line="+94"/>
        <source>this installation</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a conflict in the list to compare both versions.</source>
        <translation>在列表中选择一个冲突，以对比两个版本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{record} ({table})</source>
        <translation>{record}（{table}）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Both sides changed this record. The version of {kept} stays ({rule}); the version of {lost} is kept here for comparison. Fields that differ: {count}.</source>
        <translation>双方都修改了这条记录。保留 {kept} 的版本（{rule}）；{lost} 的版本留存在此以供对照。不同的字段：{count} 个。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version kept: {who}</source>
        <translation>保留的版本：{who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version: {who}</source>
        <translation>另一版本：{who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version kept</source>
        <translation>保留的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other version</source>
        <translation>另一版本</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <location filename="../desktop/ui/conflict_list_model.py" line="+57"/>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>took the other version</source>
        <translation>采用了另一版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kept this version</source>
        <translation>保留了此版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved {when}: {how}</source>
        <translation>已于 {when} 处理：{how}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why this version stays</source>
        <translation>保留此版本的依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ConflictWindow</name>
    <message>
        <location filename="../desktop/ui/conflict_window.py" line="+116"/>
        <source>this installation</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} open conflicts</source>
        <translation>{count} 个未处理的冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No open conflicts.</source>
        <translation>没有未处理的冲突。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Take the version of {other} for {record}? It is written here as a new change and goes to the other side with the next bundle.</source>
        <translation>对“{record}”采用 {other} 的版本？该版本将作为新修改写入本终端，并随下一个数据包发给对方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Take the other version</source>
        <translation>采用另一版本</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+14"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records changed on both sides since the last exchange. The version shown as kept is in the database now, on both sides alike. Look at both and keep it, or take the other version.</source>
        <translation>以下是自上次数据交换以来双方都修改过的记录。标为“保留”的版本现已写入数据库，双方一致。请对比两个版本，保留此版本或采用另一版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show resolved</source>
        <translation>显示已处理的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this version</source>
        <translation>保留此版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../desktop/ui/damaged_dialog.py" line="+153"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring the backup…</source>
        <translation>正在恢复备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，未作任何修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored the backup made {when}.</source>
        <translation>已恢复 {when} 的备份。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {file} is damaged.</source>
        <translation>数据库 {file} 已损坏。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check at start-up found damage in it (a failing disk, or the power cut during a write). It is open read-only: you can read and print the records, but nothing can be saved.</source>
        <translation>启动时的检查发现其中有损坏（磁盘故障，或写入时断电）。现以只读方式打开：可以查看和打印记录，但无法保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue read-only</source>
        <translation>以只读方式继续</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be opened at all (a failing disk, or the power cut during a write).</source>
        <translation>它根本无法打开（磁盘故障，或写入时断电）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and {count} more</source>
        <translation>……另有 {count} 处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the check found:</source>
        <translation>检查发现：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The newest good backup was made {when} ({reason}). Restoring it brings the database back as it was then: changes made after that are lost. The damaged file is kept beside it.</source>
        <translation>最新的完好备份创建于 {when}（{reason}）。恢复后数据库将回到当时的状态：此后所做的修改将丢失。已损坏的文件会保留在其旁边。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No good backup of this database was found in {folder}. Keep a copy of the damaged file and ask for help before using it further.</source>
        <translation>在 {folder} 中没有找到本数据库的完好备份。请保留一份已损坏文件的副本，并在继续使用前寻求技术帮助。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../desktop/ui/dashboard_window.py" line="+167"/>
        <location line="+149"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>{found} problems found, {solved} solved</source>
        <translation>发现问题 {found} 个，已解决 {solved} 个</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+41"/>
        <source>No warning yet</source>
        <translation>暂无预警</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+42"/>
        <source>No plan yet</source>
        <translation>暂无方案</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Campaign status: {status}</source>
        <translation>整顿状态：{status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: {colour}</source>
        <translation>预警：{colour}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan: {state}</source>
        <translation>方案：{state}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dashboard</source>
        <translation>整顿总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages of</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township summary…</source>
        <translation>乡镇汇总表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview…</source>
        <translation>全县概况…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found and solved, by category</source>
        <translation>各类问题发现与解决情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems by status</source>
        <translation>问题状态分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by campaign status</source>
        <translation>各整顿状态村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour</source>
        <translation>各预警颜色村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plans by review state</source>
        <translation>一村一策审核进度</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/services/demo.py" line="+138"/>
        <source>The number of villages must be between 1 and 1,000,000.</source>
        <translation>村的数量必须在 1 到 1,000,000 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There must be at least one township and no more townships than villages.</source>
        <translation>至少要有一个乡镇，且乡镇数不能多于村数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many townships for one demo prefecture.</source>
        <translation>一个演示州容纳不下这么多乡镇。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database already holds data. Use an empty database, or --force to add the demo anyway.</source>
        <translation>数据库中已有数据。请使用空数据库，或用 --force 仍然加入演示数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many demo prefectures in this database.</source>
        <translation>此数据库中的演示州过多。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making townships</source>
        <translation>正在生成乡镇</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Writing villages</source>
        <translation>正在写入村</translation>
    </message>
</context>
<context>
    <name>DemoDialog</name>
    <message>
        <location filename="../desktop/ui/demo_dialog.py" line="+63"/>
        <source>Writing demo data…</source>
        <translation>正在写入演示数据…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fill with demo data</source>
        <translation>填充演示数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes a made-up county: townships, villages with Chinese and Tibetan names, people and posts, collective income, ratings and warnings. The same seed always gives the same data.</source>
        <translation>写入一个虚构的县：乡镇、带汉藏文名称的村、人员和职务、集体经济收入、评定等级和预警。相同的种子总是生成相同的数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages</source>
        <translation>村数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Townships (0: one per 25 villages)</source>
        <translation>乡镇数（0：每 25 个村一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database already holds data: add the demo data anyway</source>
        <translation>此数据库已有数据：仍然加入演示数据</translation>
    </message>
</context>
<context>
    <name>EncryptDialog</name>
    <message>
        <location filename="../desktop/ui/encrypt_dialog.py" line="+114"/>
        <source>Cancelled. The database was not changed.</source>
        <translation>已取消，数据库未做任何更改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encrypt the database</source>
        <translation>加密数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database {name}</source>
        <translation>加密数据库 {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Afterwards the database, its backups and its evidence files can be read only with a password or the recovery key: a lost laptop or USB stick shows nothing. A backup is made first. Then a recovery key is shown once: print it or save it.</source>
        <translation>加密后，数据库及其备份和佐证材料只有凭密码或恢复密钥才能读取：即使笔记本电脑或U盘丢失，也不会泄露任何内容。加密前会先做一份备份。随后恢复密钥只显示一次：请打印或保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The other accounts ({logins}) cannot sign in afterwards until you reset their passwords: their passwords are not known here.</source>
        <translation>加密后，其他账户（{logins}）在您为其重置密码之前无法登录：这里无从得知他们的密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../desktop/cli/encryption_commands.py" line="+38"/>
        <source>The database is encrypted. Its recovery key (shown only this once):</source>
        <translation>数据库已加密。其恢复密钥如下（仅显示这一次）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write it down or print it and keep it away from this computer: it opens the database if every password is lost.</source>
        <translation>请抄写或打印下来，并与本电脑分开保管：所有密码都遗失时，可用它打开数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery sheet to print: {path}</source>
        <translation>供打印的恢复密钥单：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup made first: {path}</source>
        <translation>已先行备份：{path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>These users cannot open the database until an administrator resets their password: {logins}</source>
        <translation>以下用户须待系统管理员重置其密码后才能打开数据库：{logins}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>A database without user accounts cannot be encrypted: there is no password to protect its key. Add an administrator first: villagedesk users add LOGIN --role admin</source>
        <translation>没有用户账户的数据库不能加密：没有密码来保护其密钥。请先添加一名系统管理员：villagedesk users add LOGIN --role admin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No recovery key given: use --recovery-key, or run this in a terminal to type it.</source>
        <translation>未提供恢复密钥：请使用 --recovery-key，或在命令行窗口中运行本命令并输入恢复密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recovery key (48 digits): </source>
        <translation>恢复密钥（48 位数字）： </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name the administrator who gets the new password: --user LOGIN.</source>
        <translation>请指明获得新密码的系统管理员：--user LOGIN。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New password set for {login}: sign in with it from now on.</source>
        <translation>已为 {login} 设置新密码：今后请用新密码登录。</translation>
    </message>
    <message>
        <location filename="../desktop/core/recovery_key.py" line="+131"/>
        <source>{numbers}, {number}</source>
        <translation>{numbers}、{number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the recovery key: the 48 digits printed on the recovery sheet.</source>
        <translation>请输入恢复密钥：即恢复密钥单上印的 48 位数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A recovery key holds only digits; “{char}” is not one.</source>
        <translation>恢复密钥只包含数字；“{char}”不是数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each group of the recovery key has 6 digits; check group {numbers}.</source>
        <translation>恢复密钥每组为 6 位数字；请检查第 {numbers} 组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A recovery key has 48 digits (8 groups of 6); this one has {count}.</source>
        <translation>恢复密钥共 48 位数字（8 组，每组 6 位）；此处输入的有 {count} 位。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Group {number} of the recovery key is mistyped: check its 6 digits against the sheet.</source>
        <translation>恢复密钥第 {number} 组输入有误：请对照恢复密钥单核对这 6 位数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Groups {numbers} of the recovery key are mistyped: check them against the sheet.</source>
        <translation>恢复密钥第 {numbers} 组输入有误：请对照恢复密钥单逐一核对。</translation>
    </message>
    <message>
        <location filename="../desktop/services/encryption.py" line="+132"/>
        <source>{path} is not encrypted: open it with a password, not the recovery key.</source>
        <translation>{path} 未加密：请用密码打开，不要用恢复密钥。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Neither the key file {ring} nor a recovery.keys copy in the backup folder is there: the recovery key alone cannot open {path}.</source>
        <translation>既找不到密钥文件 {ring}，备份文件夹中也没有 recovery.keys 副本：仅凭恢复密钥无法打开 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This recovery key does not open {name}: it belongs to another database. Check the name on the recovery sheet.</source>
        <translation>此恢复密钥无法打开 {name}：它属于另一个数据库。请核对恢复密钥单上的数据库名称。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A database on a server is protected by its server; VillageDesk encrypts database files only.</source>
        <translation>服务器上的数据库由服务器负责保护；VillageDesk 只加密数据库文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is encrypted already.</source>
        <translation>此数据库已经加密。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database is damaged: restore it from a backup before encrypting it.</source>
        <translation>此数据库已损坏：请先从备份恢复，再进行加密。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A database without user accounts cannot be encrypted: there is no password to protect its key. Add an administrator first.</source>
        <translation>没有用户账户的数据库不能加密：没有密码来保护其密钥。请先添加一名系统管理员。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Making a backup first…</source>
        <translation>正在先行备份…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/encrypt_dialog.py" line="-115"/>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking the encrypted copy…</source>
        <translation>正在检查加密副本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encrypted copy did not check out, so the database was left as it was (not encrypted).</source>
        <translation>加密副本未通过检查，因此数据库保持原样（未加密）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database could not be encrypted: the disk is full or cannot be written ({reason}). It was left as it was (not encrypted).</source>
        <translation>数据库未能加密：磁盘已满或无法写入（{reason}）。数据库保持原样（未加密）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypting the backups and attachments…</source>
        <translation>正在加密备份和附件…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{name} could not be encrypted: {reason}</source>
        <translation>无法加密 {name}：{reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/key_ring.py" line="+140"/>
        <source>The key file {path} is missing: without it the database opens only with the recovery key.</source>
        <translation>密钥文件 {path} 缺失：没有它，数据库只能用恢复密钥打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key file {path} cannot be read ({reason}): open the database with the recovery key.</source>
        <translation>无法读取密钥文件 {path}（{reason}）：请用恢复密钥打开数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>{path} is not a VillageDesk key file (or a newer one).</source>
        <translation>{path} 不是 VillageDesk 密钥文件（或是更新版本的密钥文件）。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../desktop/ui/enrol_dialog.py" line="+118"/>
        <source>Choose the enrolment file</source>
        <translation>选择登记文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment files (*.vdenrol)</source>
        <translation>登记文件 (*.vdenrol)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No file chosen yet.</source>
        <translation>尚未选择文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} is enrolled here already (since {date}). Enrolling it again changes nothing, unless its keys are new (a re-installed computer): then they replace the old ones.</source>
        <translation>{name} 已在本终端登记（自 {date} 起）。再次登记不会有任何改变，除非其密钥是新的（如电脑重装过系统）：此时新密钥将替换旧密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its key was revoked on {date}.</source>
        <translation>其密钥已于 {date} 被吊销。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{typed} of {total} digits</source>
        <translation>已输入 {typed}/{total} 位</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolled: {name} ({role}, {unit}). Bundles can now be exchanged with it.</source>
        <translation>已登记：{name}（{role}，{unit}）。现在可以与其交换数据包。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Enrol an installation</source>
        <translation>登记终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1. The enrolment file from the other installation</source>
        <translation>1. 对方终端的登记文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up as</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made on</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2. The fingerprint from its printed slip</source>
        <translation>2. 其登记单上印的指纹码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 40 digits printed on the slip (or read out on the telephone by the other side). Spaces do not matter. The file is trusted only if every digit matches.</source>
        <translation>请输入登记单上印的 40 位数字（或由对方在电话中念出）。有无空格均可。只有每一位都相符，才会信任该文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../desktop/core/errors.py" line="+22"/>
        <source>{first} (and {more} more problems)</source>
        <translation>{first}（另有 {more} 个问题）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no village with the code or id {key}.</source>
        <translation>没有代码或 id 为 {key} 的村。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This record was changed by someone else after you opened it. Close it, open it again and redo your change.</source>
        <translation>您打开此记录后，别人已修改了它。请关闭后重新打开，再重做您的修改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This record has been deleted in the meantime.</source>
        <translation>此记录在此期间已被删除。</translation>
    </message>
    <message>
        <location filename="../desktop/services/changes.py" line="-42"/>
        <source>There is no such change to undo.</source>
        <translation>没有可撤销的该项修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An imported bundle cannot be undone: it holds the other side&apos;s work. Change the records themselves instead.</source>
        <translation>导入的数据包不能撤销：其中是对方的工作成果。请直接修改相关记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inspections have been made with this checklist template since; it cannot be undone.</source>
        <translation>此后已有检查使用这个检查清单模板，无法撤销。</translation>
    </message>
    <message>
        <location filename="../desktop/services/backups.py" line="-253"/>
        <location filename="../desktop/storage/cipher.py" line="+172"/>
        <location filename="../desktop/storage/database.py" line="+131"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/database.py" line="-62"/>
        <source>{path} is not a VillageDesk database (or it is damaged).</source>
        <translation>{path} 不是 VillageDesk 数据库（或已损坏）。</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The database is damaged and open read-only: nothing can be saved. Restore it from a backup (Backups in the data safety menu, or villagedesk backup restore --newest).</source>
        <translation>数据库已损坏，现以只读方式打开：无法保存任何内容。请从备份恢复（“数据安全”菜单中的“备份”，或 villagedesk backup restore --newest）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only a database file can be copied.</source>
        <translation>只能复制数据库文件。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{path} is not encrypted: it opens without a key.</source>
        <translation>{path} 未加密：无需密钥即可打开。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This database was made by VillageDesk {needed}, and this is VillageDesk {version}, an older one. Install VillageDesk {needed} or newer to open it; nothing was changed.</source>
        <translation>此数据库由 VillageDesk {needed} 创建，而当前是较旧的 VillageDesk {version}。请安装 VillageDesk {needed} 或更新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The database server {server} refused the user name or password. Put the password in PGPASSWORD or ~/.pgpass (or ask the server&apos;s administrator).</source>
        <translation>数据库服务器 {server} 拒绝了用户名或密码。请把密码写入 PGPASSWORD 或 ~/.pgpass（或询问服务器管理员）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no database {database} on the server {server}. Its administrator makes it (createdb {database}); VillageDesk then sets it up.</source>
        <translation>服务器 {server} 上没有数据库 {database}。请服务器管理员先建立它（createdb {database}），VillageDesk 随后会完成设置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server {server} cannot be reached. Check the network and that the server is running; nothing was changed.</source>
        <translation>无法连接数据库服务器 {server}。请检查网络以及服务器是否在运行；未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} cannot be opened: the folder is missing or not readable.</source>
        <translation>无法打开 {path}：文件夹不存在或不可读。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full or cannot be written. Nothing was saved.</source>
        <translation>磁盘已满或无法写入。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be written (it is read-only). Nothing was saved.</source>
        <translation>数据库无法写入（只读）。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is busy in another program. Try again. Nothing was saved.</source>
        <translation>数据库正被其他程序占用。请重试。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That would make two villages with the same code. Nothing was saved.</source>
        <translation>这样会出现两个代码相同的村。未保存任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database refused the change ({detail}). Nothing was saved.</source>
        <translation>数据库拒绝了此修改（{detail}）。未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/migrate.py" line="+33"/>
        <source>This file holds a database of another program, not VillageDesk.</source>
        <translation>此文件是其他程序的数据库，不是 VillageDesk 的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was made by a newer version of VillageDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>此数据库由更新版本的 VillageDesk 创建。请安装新版本后再打开；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../desktop/services/warnings.py" line="+191"/>
        <source>Ratings are decided by the county: this township exchanges with its county, which sends the ratings in its bundles.</source>
        <translation>评定等级由县里决定：本乡镇与县里交换数据，等级由县里通过数据包下发。</translation>
    </message>
    <message>
        <location filename="../desktop/services/encryption.py" line="-171"/>
        <source>{path} is damaged: its key is right but its first page cannot be read.</source>
        <translation>{path} 已损坏：密钥正确，但无法读取文件的第一页。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/cipher.py" line="-133"/>
        <source>The key does not open this database ({path}).</source>
        <translation>该密钥无法打开此数据库（{path}）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is encrypted: it opens only after signing in, or with the recovery key.</source>
        <translation>{path} 已加密：只有登录后或使用恢复密钥才能打开。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{path} is encrypted already.</source>
        <translation>{path} 已经加密。</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../desktop/ui/inspection_evidence.py" line="+34"/>
        <source>Not attached</source>
        <translation>未能附加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach {file} to {code}</source>
        <translation>为 {code} 附加 {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not removed</source>
        <translation>未能删除</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>remove {file} from {code}</source>
        <translation>从 {code} 删除 {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {file} from the evidence of {code}?</source>
        <translation>要从 {code} 的佐证材料中删除 {file} 吗？</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../desktop/ui/evidence_panel.py" line="+76"/>
        <source>Attach evidence to {code}</source>
        <translation>为 {code} 附加佐证材料</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../desktop/ui/evidence_viewer.py" line="+91"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a copy of {file}</source>
        <translation>另存 {file} 的副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{file} opens in its own program: save a copy first</source>
        <translation>{file} 需用相应的程序打开：请先另存一份副本</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../desktop/services/xlsx_sheets.py" line="+133"/>
        <source>{name}: an Excel workbook is saved with the ending .xlsx.</source>
        <translation>{name}：Excel 工作簿须以 .xlsx 为扩展名保存。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Choose a value from the list.</source>
        <translation>请从列表中选择一个值。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The sheet {sheet} would pass Excel&apos;s limit of {limit} rows.</source>
        <translation>工作表 {sheet} 将超出 Excel {limit} 行的上限。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>无法保存 {name}：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {name}: {path} is a folder.</source>
        <translation>无法保存 {name}：{path} 是文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save {name}: no permission to write in {folder}, or the file is open in Excel or WPS. Close it or choose another folder.</source>
        <translation>无法保存 {name}：没有写入 {folder} 的权限，或该文件已在 Excel 或 WPS 中打开。请关闭该文件或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {name}: the disk is full.</source>
        <translation>无法保存 {name}：磁盘已满。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot save {name} in {folder}: {reason}</source>
        <translation>无法将 {name} 保存到 {folder}：{reason}</translation>
    </message>
</context>
<context>
    <name>ExcelMenu</name>
    <message>
        <location filename="../desktop/ui/excel_menu.py" line="+60"/>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save roster template…</source>
        <translation>保存花名册模板…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages…</source>
        <translation>村名单…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem ledger…</source>
        <translation>问题台账…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans…</source>
        <translation>一村一策方案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections…</source>
        <translation>检查记录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings…</source>
        <translation>预警…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save roster template</source>
        <translation>保存花名册模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roster template.xlsx</source>
        <translation>花名册模板.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roster template saved to {path}</source>
        <translation>花名册模板已保存到 {path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Roster imported. Undo takes the whole import back (Ctrl+Z).</source>
        <translation>花名册已导入。撤销可将本次导入整体撤回（Ctrl+Z）。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../desktop/services/excel_export.py" line="+50"/>
        <source>Exports are written in Chinese (zh_CN) or Tibetan (bo_CN), not {language}.</source>
        <translation>导出只能使用中文（zh_CN）或藏文（bo_CN），不支持 {language}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the database</source>
        <translation>正在读取数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing rows</source>
        <translation>正在写入行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the workbook</source>
        <translation>正在保存工作簿</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_job.py" line="+93"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_sheets.py" line="+26"/>
        <location line="+51"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source detail</source>
        <translation>具体出处</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+118"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline colour</source>
        <translation>时限颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>状态变更日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times reopened</source>
        <translation>反复回潮次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <location line="+28"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Plan year</source>
        <translation>方案年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan status</source>
        <translation>方案状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village meeting</source>
        <translation>村民代表会议日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>县级审核日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village plans</source>
        <translation>一村一策方案</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Checklist code</source>
        <translation>检查清单代码</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <location line="+35"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Kind of period</source>
        <translation>期间类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection status</source>
        <translation>检查状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+68"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Veto item failed</source>
        <translation>否决项未达标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items answered</source>
        <translation>已答项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items in all</source>
        <translation>总项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items failed</source>
        <translation>未达标项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised by</source>
        <translation>定稿人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaced by a correction</source>
        <translation>已被更正取代</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Indicator code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the points</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the ledger</source>
        <translation>已列入台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answers</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Quota class</source>
        <translation>比例等次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A veto item failed: red whatever the score.</source>
        <translation>否决项未达标：无论得分多少均为红色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By quota: {quota} of the villages ranked by score.</source>
        <translation>按比例评定：按得分排名，列为{quota}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score {score:.1f}, below {red:g}.</source>
        <translation>得分 {score:.1f}，低于 {red:g}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score {score:.1f}, {green:g} or more.</source>
        <translation>得分 {score:.1f}，不低于 {green:g}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score {score:.1f}, from {red:g} to below {green:g}.</source>
        <translation>得分 {score:.1f}，不低于 {red:g} 且低于 {green:g}。</translation>
    </message>
    <message>
        <location filename="../desktop/services/excel_export_villages.py" line="+57"/>
        <source>Villages</source>
        <translation>村名单</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../desktop/ui/export_dialog.py" line="+92"/>
        <source>Villages</source>
        <translation>村名单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans</source>
        <translation>一村一策方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} {date}.xlsx</source>
        <translation>{what} {date}.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export {what} to Excel</source>
        <translation>将{what}导出到 Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages in the headers (Chinese and Tibetan)</source>
        <translation>表头使用双语（中文和藏文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the sheet</source>
        <translation>工作表语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exporting {what}…</source>
        <translation>正在导出{what}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} rows exported to {path}</source>
        <translation>已将 {count} 行导出到 {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../desktop/ui/dashboard_tiles.py" line="+84"/>
        <source>Click to list them.</source>
        <translation>点击列出明细。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../desktop/ui/first_admin_dialog.py" line="+114"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Encrypting the database…</source>
        <translation>正在加密数据库…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypting was cancelled: the database is not encrypted.</source>
        <translation>加密已取消：数据库未加密。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>First start — VillageDesk</source>
        <translation>首次启动 — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the administrator</source>
        <translation>创建系统管理员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no user accounts yet. Create the administrator&apos;s account first: the administrator adds everyone else and gives each their roles. From now on the program asks for a login and password when it starts. The database is then encrypted with this password, and its recovery key is shown once to print.</source>
        <translation>此数据库尚无用户账户。请先创建系统管理员账户：由系统管理员添加其他所有人，并为每人分配角色。今后程序启动时将要求输入登录名和密码。随后将用此密码加密数据库，其恢复密钥只显示一次，供您打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least 8 characters, not the login, not one character repeated. Keep it written somewhere safe: without an administrator no one can add users or reset a password.</source>
        <translation>至少 8 个字符，不得与登录名相同，不得由同一字符重复组成。请将其记录并妥善保管：没有系统管理员，任何人都无法添加用户或重置密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and sign in</source>
        <translation>创建并登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FromInspectionDialog</name>
    <message>
        <location filename="../desktop/ui/from_inspection_dialog.py" line="+115"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already on the problem ledger</source>
        <translation>已列入问题台账</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This village has no finalised inspection.</source>
        <translation>该村没有已定稿的检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No item of this inspection failed.</source>
        <translation>本次检查没有未达标项。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every failed item of this inspection is on the ledger already.</source>
        <translation>本次检查的未达标项均已列入台账。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>put {count} failed items on the problem ledger</source>
        <translation>将 {count} 个未达标项列入问题台账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed items onto the problem ledger</source>
        <translation>未达标项列入问题台账</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{period}: score {score}, {failed} failed</source>
        <translation>{period}：得分 {score}，{failed} 项未达标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items to put on the ledger (one problem each):</source>
        <translation>要列入台账的未达标项（每项作为一个问题）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-12-31 (can be set later)</source>
        <translation>如 2026-12-31（可稍后填写）</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../desktop/ui/history_dialog.py" line="+199"/>
        <source>No changes are recorded for this record.</source>
        <translation>此记录没有记录到任何变更。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>History: {name}</source>
        <translation>修改记录：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change to {name} as the audit trail records it, newest first. Changes undone later are struck through.</source>
        <translation>审计日志中记录的 {name} 的每一项变更，最新的在前。后来被撤销的变更以删除线显示。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include its moves and evidence</source>
        <translation>包括其状态流转和佐证材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include its collective income, posts and people</source>
        <translation>包括其集体经济收入、职务和人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../desktop/ui/history_model.py" line="+70"/>
        <source>(undone later)</source>
        <translation>（后已撤销）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created</source>
        <translation>已新建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Administrative unit</source>
        <translation>行政区划单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective income</source>
        <translation>集体经济收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection answer</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection evidence</source>
        <translation>检查佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning policy</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem move</source>
        <translation>问题流转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem evidence</source>
        <translation>问题佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan item</source>
        <translation>方案条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan step</source>
        <translation>方案流转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activity</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance review</source>
        <translation>验收评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User account</source>
        <translation>用户账户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What was done</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>HistoryTables</name>
    <message>
        <location filename="../desktop/ui/history_tables.py" line="+52"/>
        <source>Rating history</source>
        <translation>评定等级记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning history</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>HistoryValues</name>
    <message>
        <location filename="../desktop/ui/history_values.py" line="+97"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>HourlyBackup</name>
    <message>
        <location filename="../desktop/ui/hourly_backup.py" line="+117"/>
        <source>Backup made: {file}</source>
        <translation>已备份：{file}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backup failed</source>
        <translation>自动备份失败</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../desktop/ui/identity_dialog.py" line="+145"/>
        <source>This installation</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up as</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint</source>
        <translation>指纹码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The other installation types these 40 digits from the printed slip before it trusts the enrolment file. Give the slip in hand or read the digits out on the telephone; never put it on the same stick as the file.</source>
        <translation>对方终端在信任登记文件之前，须输入打印的登记单上的这 40 位数字。请当面交付登记单，或通过电话读出这些数字；切勿将登记单与登记文件放在同一个U盘上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save enrolment file…</source>
        <translation>保存登记文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print enrolment slip…</source>
        <translation>打印登记单…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not set up yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The county revoked this installation&apos;s key on {date}: its bundles are refused. It must be enrolled again with new keys.</source>
        <translation>县级已于 {date} 吊销本终端的密钥：本终端的数据包将被拒收。须使用新密钥重新登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set this installation up as a county or a township first: the enrolment file names its unit.</source>
        <translation>请先将本终端设为县级或乡镇：登记文件中须写明其所属单位。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save enrolment file</source>
        <translation>保存登记文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrolment files (*.vdenrol)</source>
        <translation>登记文件 (*.vdenrol)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The enrolment file could not be written to {path}: {reason}. Nothing was written there; choose another folder or free some space.</source>
        <translation>登记文件无法写入 {path}：{reason}。该位置未写入任何内容；请选择其他文件夹，或清理出一些磁盘空间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enrolment file saved: {path}. Now print the slip and give it to the other side separately.</source>
        <translation>登记文件已保存：{path}。请接着打印登记单，并另行交给对方。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Building the enrolment slip…</source>
        <translation>正在生成登记单…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. No slip was made.</source>
        <translation>已取消，未生成登记单。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enrolment slip</source>
        <translation>登记单</translation>
    </message>
</context>
<context>
    <name>IncomeTable</name>
    <message>
        <location filename="../desktop/ui/income_table.py" line="+123"/>
        <source>Enter the year.</source>
        <translation>请输入年份。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter the amount in yuan.</source>
        <translation>请输入金额（元）。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>no income (blank village)</source>
        <translation>无收入（空白村）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weak (under 50,000)</source>
        <translation>薄弱（不足 5 万元）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Income (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a year</source>
        <translation>添加年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../desktop/ui/indicator_editor.py" line="+265"/>
        <source>{code}: say in the note why it does not apply.</source>
        <translation>{code}：请在备注中说明为何不适用。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Not applicable: say in the note why it does not apply.</source>
        <translation>不适用：请在备注中说明原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence needed ({count})</source>
        <translation>需佐证材料（{count}）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence ({count})</source>
        <translation>佐证材料（{count}）</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+69"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Not answered yet</source>
        <translation>尚未作答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>({percent} of the weight)</source>
        <translation>（得权重的 {percent}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meets the standard</source>
        <translation>达标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attach evidence before finalising</source>
        <translation>定稿前须附上佐证材料</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Does not meet the standard</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>veto item failed: the warning is red</source>
        <translation>否决项未达标：预警为红色</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>From {start} {unit}: {percent} of the weight</source>
        <translation>{start} {unit}起：得权重的 {percent}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weight {weight}</source>
        <translation>权重 {weight}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Veto</source>
        <translation>一票否决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failing this item makes the warning red whatever the score (one-vote veto).</source>
        <translation>此项未达标时，无论得分多少，预警均为红色（一票否决）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to check it</source>
        <translation>检查方法</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Note (what was found, why it does not apply)</source>
        <translation>备注（发现的情况、不适用的原因）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>A &quot;met&quot; answer needs a file attached.</source>
        <translation>答“达标”时须附上文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files that back the answer (photos, minutes, accounts).</source>
        <translation>支撑答案的文件（照片、会议记录、账目等）。</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <location filename="../desktop/ui/inspection_dialog.py" line="+388"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+19"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Correct these answers first:
{problems}</source>
        <translation>请先改正以下答案：
{problems}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>save the inspection of {village}</source>
        <translation>保存“{village}”的检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This inspection was changed elsewhere after you opened it (in another window, or by an undo). Your answers here are not saved. Note them, close the inspection, open it again and redo them.</source>
        <translation>您打开此检查后，它已在别处被修改（在另一个窗口中，或因撤销操作）。您在此处的答案未保存。请记下这些答案，关闭此检查，重新打开后再重新填写。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inspection_finalise.py" line="+36"/>
        <location line="+21"/>
        <source>Not finalised</source>
        <translation>未定稿</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Finalising needs every item answered and the evidence asked for attached:
{problems}</source>
        <translation>定稿前须答完所有项目，并附上要求的佐证材料：
{problems}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finalise the inspection</source>
        <translation>检查定稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise the inspection of {village} for {period}? Score {score}, warning colour {colour}. A finalised inspection cannot be changed; a mistake is put right by a correction.</source>
        <translation>确定将“{village}”{period}的检查定稿吗？得分 {score}，预警颜色：{colour}。定稿后的检查不能修改；如有错误，须通过更正来纠正。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>finalise the inspection of {village}</source>
        <translation>将“{village}”的检查定稿</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No correction</source>
        <translation>未能更正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>correct the inspection of {village}</source>
        <translation>更正“{village}”的检查</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Correct the inspection</source>
        <translation>更正检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a correction? A new draft opens with the same answers and evidence; when it is finalised it replaces this inspection, which is kept.</source>
        <translation>要发起更正吗？将打开一份新草稿，其答案和佐证材料与本次检查相同；新草稿定稿后将取代本次检查，本次检查仍会保留。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/inspection_dialog.py" line="+66"/>
        <source>Inspection deleted</source>
        <translation>检查已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This inspection was deleted elsewhere (or its start undone). Your answers here cannot be saved; Undo in the main window brings the inspection back.</source>
        <translation>此检查已在别处删除（或其新建已被撤销）。此处的答案无法保存；在主窗口中撤销可恢复该检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved answers</source>
        <translation>有未保存的答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The inspection of {village} has answers that are not saved. Save them? A saved draft can be resumed later.</source>
        <translation>“{village}”的检查有未保存的答案。是否保存？保存的草稿以后可以继续填写。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{inspection}: {village}, {period}</source>
        <translation>{inspection}：{village}，{period}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ Previous</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous aspect (Ctrl+PgUp or Alt+Left)</source>
        <translation>上一方面（Ctrl+PgUp 或 Alt+Left）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next aspect (Ctrl+PgDown or Alt+Right)</source>
        <translation>下一方面（Ctrl+PgDown 或 Alt+Right）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the answers as a draft; resume later (Ctrl+S).</source>
        <translation>将答案保存为草稿，以后可继续填写（Ctrl+S）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>定稿…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already corrected: correct the newer inspection.</source>
        <translation>已更正过：请更正较新的那次检查。</translation>
    </message>
</context>
<context>
    <name>InspectionHeader</name>
    <message>
        <location filename="../desktop/ui/inspection_header.py" line="+75"/>
        <source>{status} (correction)</source>
        <translation>{status}（更正）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{title}, version {version} · {period} · inspector {inspector} · started {date}</source>
        <translation>{title}，第 {version} 版 · {period} · 检查人：{inspector} · 开始于 {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{colour} (veto)</source>
        <translation>{colour}（一票否决）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no colour yet</source>
        <translation>暂无颜色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The colour as the answers stand, by the county&apos;s thresholds; a quota ranking is applied when the inspection is finalised.</source>
        <translation>根据当前答案、按本县阈值得出的颜色；检查定稿时再按比例排名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered {answered} of {total}</source>
        <translation>已答 {answered}/{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection has been corrected; the correction replaces it. It is kept read-only.</source>
        <translation>此检查已被更正，由更正后的检查取代。此检查保留为只读。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is finalised and read-only. To change it, start a correction.</source>
        <translation>此检查已定稿，只读。如需修改，请发起更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This draft corrects a finalised inspection; finalising it replaces that one.</source>
        <translation>此草稿用于更正一次已定稿的检查；定稿后将取代原检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>InspectionMenu</name>
    <message>
        <location filename="../desktop/ui/inspection_menu.py" line="+54"/>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning overview</source>
        <translation>预警总览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set rating…</source>
        <translation>设定评定等级…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning thresholds…</source>
        <translation>预警阈值…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates…</source>
        <translation>检查清单模板…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>start an inspection</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open inspection</source>
        <translation>打开检查</translation>
    </message>
</context>
<context>
    <name>InspectionSummary</name>
    <message>
        <location filename="../desktop/ui/inspection_summary.py" line="+145"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {total}</source>
        <translation>{answered} / {total}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A veto item failed: the warning is red whatever the score.</source>
        <translation>有否决项未达标：无论得分多少，预警均为红色。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{code} is not answered yet: {text}</source>
        <translation>{code} 尚未作答：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{code} is marked as met but needs evidence attached: {text}</source>
        <translation>{code} 已标为达标，但需要附上佐证材料：{text}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before finalising, answer these and attach the evidence asked for. Click an item to go there.</source>
        <translation>定稿前，请回答以下各项并附上要求的佐证材料。点击某一项可跳转到该处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing blocks finalising.</source>
        <translation>没有妨碍定稿的事项。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>veto item</source>
        <translation>否决项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: {note}</source>
        <translation>备注：{note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the problem ledger: {status}</source>
        <translation>已列入问题台账：{status}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Put failed items on the problem ledger</source>
        <translation>将未达标项列入问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every failed item is on the problem ledger</source>
        <translation>未达标项均已列入问题台账</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{aspect} {name}: {count} not answered yet ({codes})</source>
        <translation>{aspect} {name}：{count} 项尚未作答（{codes}）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What blocks finalising</source>
        <translation>妨碍定稿的事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items</source>
        <translation>未达标项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each failed item carries its weakness types and remedy. Once the inspection is finalised, put them on the problem ledger to follow them up until they are closed out.</source>
        <translation>每个未达标项都附有其软弱涣散类型和整改措施。检查定稿后，请将其列入问题台账，跟踪整改直至销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item has failed so far.</source>
        <translation>目前没有未达标项。</translation>
    </message>
</context>
<context>
    <name>Inspections</name>
    <message>
        <location filename="../desktop/services/inspections.py" line="+32"/>
        <source>This inspection does not exist (any more).</source>
        <translation>此检查不存在（或已删除）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This inspection is finalised and cannot be changed. Start a correction instead.</source>
        <translation>此检查已定稿，不能修改。请发起更正。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The checklist {label} inspects township Party committees, not villages.</source>
        <translation>检查清单 {label} 用于检查乡镇党委，不用于村。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This village already has a finalised inspection for {period} with this checklist. Correct that one instead.</source>
        <translation>该村{period}用此检查清单的检查已定稿，请对其进行更正。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only a finalised inspection needs a correction; a draft can be edited.</source>
        <translation>只有已定稿的检查才需要更正；草稿可以直接修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection has already been corrected; correct the newer one.</source>
        <translation>此检查已被更正；请更正较新的那一次。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+52"/>
        <source>The template has no indicator {code}.</source>
        <translation>模板中没有指标 {code}。</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>{code}: say in the note why it does not apply.</source>
        <translation>{code}：请在备注中说明为何不适用。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>{code} is not answered yet.</source>
        <translation>{code} 尚未作答。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{code} is marked as met but needs evidence attached.</source>
        <translation>{code} 已标为达标，但需要附上佐证材料。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every item is marked not applicable: there is nothing to score.</source>
        <translation>所有项目均标为不适用，没有可计分的内容。</translation>
    </message>
</context>
<context>
    <name>InspectionsTab</name>
    <message>
        <location filename="../desktop/ui/inspections_tab.py" line="+90"/>
        <source>{title} (version {version})</source>
        <translation>{title}（第 {version} 版）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> (corrects an earlier one)</source>
        <translation>（更正此前的检查）</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+8"/>
        <location line="+23"/>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>This draft is open with unsaved answers. Save or close it first.</source>
        <translation>此草稿已打开且有未保存的答案。请先保存或关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delete a draft inspection</source>
        <translation>删除检查草稿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the draft inspection of {period} with its answers? Undo brings it back.</source>
        <translation>删除{period}的检查草稿及其答案？可以撤销。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Score and warning by period</source>
        <translation>各期得分与预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections (newest first); double-click to open</source>
        <translation>检查记录（最新在前）；双击打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New inspection…</source>
        <translation>新建检查…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open inspection</source>
        <translation>打开检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No warnings yet</source>
        <translation>暂无预警</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <location filename="../desktop/core/ledger.py" line="+59"/>
        <source>Start work</source>
        <translation>开始整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report solved</source>
        <translation>报告已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not solved: send back</source>
        <translation>未解决，退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen</source>
        <translation>重新挂牌</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A problem that is “{now}” cannot be closed out: it must first be reported solved and then checked.</source>
        <translation>状态为“{now}”的问题不能销号：须先报告已解决，经核查后方可销号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A problem that is “{now}” cannot become “{to}”. It can become: {allowed}.</source>
        <translation>状态为“{now}”的问题不能转为“{to}”，只能转为：{allowed}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say why: “{move}” needs a reason in the history.</source>
        <translation>请说明原因：“{move}”须在变更记录中写明理由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closing out needs the name of who checked the result.</source>
        <translation>销号须填写核查人姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing out needs evidence: attach at least one file.</source>
        <translation>销号须有佐证材料：请至少附上一个文件。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Recorded on the ledger</source>
        <translation>列入台账</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village plan approved</source>
        <translation>一村一策已审定</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Describe the problem.</source>
        <translation>请描述问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the category of the problem.</source>
        <translation>请选择问题类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The aspect {aspect} does not belong to the category {category}.</source>
        <translation>方面“{aspect}”不属于类别“{category}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date the problem was found.</source>
        <translation>请填写发现问题的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date found is in the future.</source>
        <translation>发现日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline is before the date the problem was found.</source>
        <translation>整改时限早于发现问题的日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the inspection item the problem came from.</source>
        <translation>请写明问题来自哪个排查指标。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{found} problems found, {solved} solved, {closed} closed out, {open} open, {overdue} overdue</source>
        <translation>发现问题 {found} 个，已解决 {solved} 个，已销号 {closed} 个，未解决 {open} 个，逾期 {overdue} 个</translation>
    </message>
    <message>
        <location filename="../desktop/services/ledger.py" line="+44"/>
        <source>This problem does not exist (any more).</source>
        <translation>该问题不存在（或已被删除）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The days before a deadline must be between 0 and {most}.</source>
        <translation>时限前提醒天数须在 0 到 {most} 之间。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The date of a status change cannot be in the future.</source>
        <translation>状态变更日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evidence file {name} cannot be read.</source>
        <translation>无法读取佐证材料文件 {name}。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The date of a status change cannot be before the last one ({date}).</source>
        <translation>状态变更日期不能早于上一次变更（{date}）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This problem is in a village plan and cannot be deleted; take it out of the plan first.</source>
        <translation>该问题已列入一村一策，不能删除；请先将其移出方案。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Problems are taken from a finalised inspection; finalise this one first.</source>
        <translation>问题须从已定稿的检查中提取；请先将本次检查定稿。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These items did not fail, so they are not problems: {codes}.</source>
        <translation>以下项目未判为不达标，不构成问题：{codes}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The checklist&apos;s aspects are not the 24 aspects of the ledger: choose a category for these problems.</source>
        <translation>该检查清单的方面不是台账的 24 个方面：请为这些问题选择类别。</translation>
    </message>
</context>
<context>
    <name>LedgerFilterBar</name>
    <message>
        <location filename="../desktop/ui/ledger_filter_bar.py" line="+178"/>
        <source>Show the problems of a village</source>
        <translation>查看某村的问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>名称或区划代码</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>{count} villages</source>
        <translation>{count} 个村</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All aspects</source>
        <translation>全部方面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category first</source>
        <translation>请先选择类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search problem, village or name</source>
        <translation>搜索问题、村或姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Any status</source>
        <translation>不限状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any weakness type</source>
        <translation>不限类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue or due soon</source>
        <translation>逾期或临期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and all filters</source>
        <translation>清除搜索和全部筛选</translation>
    </message>
</context>
<context>
    <name>LedgerLink</name>
    <message>
        <location filename="../desktop/ui/inspection_ledger_link.py" line="+52"/>
        <source>Not put on the ledger</source>
        <translation>未能列入台账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put {count} failed items on the problem ledger</source>
        <translation>将 {count} 个未达标项列入问题台账</translation>
    </message>
</context>
<context>
    <name>LedgerTableModel</name>
    <message>
        <location filename="../desktop/ui/ledger_table_model.py" line="+226"/>
        <source>Responsible leader: {name}</source>
        <translation>责任领导：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responsible person: {name}</source>
        <translation>责任人：{name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{status} since {date}</source>
        <translation>{status}（自 {date} 起）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checked by {name}</source>
        <translation>核查人：{name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Times reopened: {count}</source>
        <translation>反复回潮次数：{count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue by {days} days</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due in {days} days</source>
        <translation>{days} 天后到期</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category / aspect</source>
        <translation>类别/方面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>责任领导/责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>LedgerWindow</name>
    <message>
        <location filename="../desktop/ui/ledger_window.py" line="+193"/>
        <location line="+4"/>
        <source>Whole ledger: {counts}</source>
        <translation>全部台账：{counts}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shown: {counts}</source>
        <translation>当前显示：{counts}</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+67"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Not deleted</source>
        <translation>未能删除</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>delete problem: {problem}</source>
        <translation>删除问题“{problem}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete problem</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take “{problem}” off the ledger? Only a problem entered by mistake should go; a solved one is closed out. Undo brings it back.</source>
        <translation>要将“{problem}”从台账中删除吗？只有误录的问题才应删除；已解决的问题应予销号。可以撤销。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not changed</source>
        <translation>未能修改</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yellow {days} days before a deadline</source>
        <translation>时限前 {days} 天标黄</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New problem…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected problem (Enter or double-click)</source>
        <translation>打开所选问题（回车或双击）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village file</source>
        <translation>村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger report…</source>
        <translation>问题台账报表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected problem:</source>
        <translation>对所选问题：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yellow from this many days before the deadline</source>
        <translation>时限前多少天起标黄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../desktop/ui/lock_screen.py" line="+118"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>密码错误次数过多。请在 {wait} 后重试。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign in as someone else</source>
        <translation>切换用户登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close {name}&apos;s windows and sign in as someone else? What {name} has not saved is lost.</source>
        <translation>关闭 {name} 的窗口并以其他用户登录？{name} 未保存的内容将丢失。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You can try again now.</source>
        <translation>现在可以重试。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>VillageDesk — locked</source>
        <translation>VillageDesk — 已锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({login}) is signed in. Type the password to go on.</source>
        <translation>当前用户：{name}（{login}）。请输入密码继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in as someone else…</source>
        <translation>切换用户登录…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}&apos;s open windows close without saving.</source>
        <translation>{name} 已打开的窗口将不保存而关闭。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../desktop/ui/login_dialog.py" line="+146"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>密码错误次数过多。请在 {wait} 后重试。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sign in — VillageDesk</source>
        <translation>登录 — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Database: {name}</source>
        <translation>数据库：{name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+128"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New village</source>
        <translation>新建村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open village file</source>
        <translation>打开村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+107"/>
        <source>Delete village</source>
        <translation>删除村</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a server database…</source>
        <translation>打开服务器上的数据库…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill with demo data…</source>
        <translation>填充演示数据…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about_box.py" line="+23"/>
        <source>Portable: data and settings are kept in {folder}</source>
        <translation>便携模式：数据和设置保存在 {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/ui/main_window.py" line="+1"/>
        <source>About VillageDesk</source>
        <translation>关于 VillageDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+26"/>
        <source>VillageDesk — {database}</source>
        <translation>VillageDesk — {database}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{total} villages</source>
        <translation>共 {total} 个村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{shown} of {total} villages</source>
        <translation>{shown} / {total} 个村</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+74"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Redo {action}</source>
        <translation>重做{action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>add village {name}</source>
        <translation>新建村“{name}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit village {name}</source>
        <translation>修改村“{name}”</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>delete village {name}</source>
        <translation>删除村“{name}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>delete {count} villages</source>
        <translation>删除 {count} 个村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted: {what}. Undo brings it back (Ctrl+Z).</source>
        <translation>已完成：{what}。按 Ctrl+Z 可撤销恢复。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VillageDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>VillageDesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Demo data added: {villages} villages, {people} people.</source>
        <translation>已加入演示数据：{villages} 个村、{people} 人。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about_box.py" line="-10"/>
        <source>VillageDesk {version}

Village files, inspections, plans and the problem ledger for the rectification of weak village Party organisations. Works offline, in Chinese and Tibetan.

Database: {path}
Installation: {installation}</source>
        <translation>VillageDesk {version}

村档案、自查、一村一策与问题台账，服务于软弱涣散村党组织整顿。可离线使用，支持汉文和藏文。

数据库：{path}
安装标识：{installation}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../desktop/ui/password_dialog.py" line="+91"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>A new password for {name} ({login}). Tell it to them in person: they must choose their own when they next sign in.</source>
        <translation>为 {name}（{login}）设置的新密码。请当面告知本人：其下次登录时必须自行设置密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>An administrator set your password. Choose your own before you go on: no one else should know it.</source>
        <translation>您的密码由系统管理员设置。继续之前请设置您自己的密码：不应让其他任何人知道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>请输入当前密码，再输入两次新密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At least 8 characters, not the login, not one character repeated.</source>
        <translation>至少 8 个字符，不能与登录名相同，不能由同一字符重复组成。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PeerTableModel</name>
    <message>
        <location filename="../desktop/ui/peer_table_model.py" line="+51"/>
        <source>Installation</source>
        <translation>终端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>指纹码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enrolled</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle made for it</source>
        <translation>最近为其生成的数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>已确认收到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last bundle received</source>
        <translation>最近收到的数据包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No. {sequence}</source>
        <translation>第 {sequence} 号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>none yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. {sequence}, {when}</source>
        <translation>第 {sequence} 号，{when}</translation>
    </message>
</context>
<context>
    <name>PeersWindow</name>
    <message>
        <location filename="../desktop/ui/peers_window.py" line="+176"/>
        <source>Villages of {township}: what came from it and when</source>
        <translation>{township}各村：收到的数据及时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing has been imported from {township} yet.</source>
        <translation>尚未从{township}导入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{received} of {total} villages have sent data. Last bundle imported: No. {sequence}, {when}.</source>
        <translation>{total} 个村中已有 {received} 个村报送了数据。最近导入的数据包：第 {sequence} 号，{when}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Revoke an installation</source>
        <translation>吊销终端</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installations</source>
        <translation>终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships enrolled here</source>
        <translation>已登记的乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installations enrolled here</source>
        <translation>已登记的终端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No installation is enrolled here yet. Enrol one with the enrolment file it saved and the fingerprint on its printed slip.</source>
        <translation>本终端尚未登记任何终端。请使用对方保存的登记文件及其打印的登记单上的指纹码进行登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enrol an installation…</source>
        <translation>登记终端…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../desktop/ui/people_tab.py" line="+65"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
</context>
<context>
    <name>Periods</name>
    <message>
        <location filename="../desktop/core/periods.py" line="+46"/>
        <source>{year} Q{quarter}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{year}-{month:02d}, first half</source>
        <translation>{year}年{month:02d}月上半月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{year}-{month:02d}, second half</source>
        <translation>{year}年{month:02d}月下半月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening {date}</source>
        <translation>{date} 排查</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{text} is not a period. Write a quarter (2026Q3), a half-month (2026-11H1 or 2026-11H2) or a screening date (2026-11-23).</source>
        <translation>{text} 不是有效的期。请填季度（2026Q3）、半月（2026-11H1 或 2026-11H2）或排查日期（2026-11-23）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a year (2026) or a period (2026Q3, 2026-11H1).</source>
        <translation>请填年度（2026）或期（2026Q3、2026-11H1）。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../desktop/ui/person_dialog.py" line="+144"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person and post</source>
        <translation>人员与职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post in this village</source>
        <translation>在本村的职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation>名称（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>名称（藏文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party member</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent by (unit)</source>
        <translation>派出单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term from</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term until</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts held</source>
        <translation>担任过的职务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. 2026-03-01</source>
        <translation>如 2026-03-01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>empty while in post</source>
        <translation>在任时留空</translation>
    </message>
</context>
<context>
    <name>PlanCheckList</name>
    <message>
        <location filename="../desktop/ui/plan_check_list.py" line="+33"/>
        <source>Check lists what the plan still lacks before it can be submitted: every problem stated clearly, concrete measures, a responsible person and a deadline for each item.</source>
        <translation>“核查”列出方案上报前还欠缺的内容：每个问题都要表述清楚，措施要具体，每一项都要有责任人和整改时限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan passes the “three no-lets-go” check.</source>
        <translation>方案通过“三个不放过”核查。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check ({n})</source>
        <translation>核查（{n}）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>核查</translation>
    </message>
</context>
<context>
    <name>PlanCompare</name>
    <message>
        <location filename="../desktop/ui/plan_compare.py" line="+160"/>
        <source>{changed} changed, {added} added, {removed} removed, {same} unchanged.</source>
        <translation>修改 {changed} 项，新增 {added} 项，删除 {removed} 项，未变 {same} 项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{answered} of {commented} items the county commented on were changed.</source>
        <translation>县级提出意见的 {commented} 项中，已修改 {answered} 项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose two different rounds to compare.</source>
        <translation>请选择两个不同的轮次进行对比。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing changed between these rounds.</source>
        <translation>这两轮之间没有变化。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken out</source>
        <translation>已移出方案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>County comment (round {round}): {comment}</source>
        <translation>县级意见（第 {round} 轮）：{comment}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not changed although the county commented on it.</source>
        <translation>县级已提出意见，但此项未修改。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Round {n}</source>
        <translation>第 {n} 轮</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare rounds: {village} {year}</source>
        <translation>轮次对比：{village} {year}年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{village} · {year} · village plan</source>
        <translation>{village} · {year}年 · 一村一策</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Earlier round</source>
        <translation>较早轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later round</source>
        <translation>较晚轮次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show unchanged items</source>
        <translation>显示未变的项</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <location filename="../desktop/ui/plan_editor.py" line="+193"/>
        <source>Village plan: {village} {year}</source>
        <translation>一村一策：{village} {year}年</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Every open problem of the village is in the plan</source>
        <translation>该村所有未解决的问题均已列入方案</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>This plan was changed elsewhere while you were editing it: saving will be refused. Close it without saving and open it again.</source>
        <translation>您编辑期间，此方案已在别处被修改，保存将被拒绝。请不保存直接关闭，然后重新打开。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add problem</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove item</source>
        <translation>移除此项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>核查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village meeting…</source>
        <translation>村民代表会议…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit to county</source>
        <translation>报县委组织部</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve…</source>
        <translation>审定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Compare rounds…</source>
        <translation>轮次对比…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>打印一村一策表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revise as round {n}</source>
        <translation>修改为第 {n} 轮</translation>
    </message>
</context>
<context>
    <name>PlanHeader</name>
    <message>
        <location filename="../desktop/ui/plan_header.py" line="+53"/>
        <source>{village} · {year} · round {round}</source>
        <translation>{village} · {year}年 · 第 {round} 轮</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{step}, {date}, {who}</source>
        <translation>{step}，{date}，{who}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>County&apos;s overall comment (round {round}): {comment}</source>
        <translation>县级总体意见（第 {round} 轮）：{comment}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village file</source>
        <translation>村档案</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <location filename="../desktop/ui/plan_history.py" line="+40"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>PlanItemForm</name>
    <message>
        <location filename="../desktop/ui/plan_item_form.py" line="+151"/>
        <source>Item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>County comment (round {round}): {comment}</source>
        <translation>县级意见（第 {round} 轮）：{comment}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>What the village will look like when it is solved</source>
        <translation>问题解决后村里应达到的状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concrete actions: who does what, how many, by when</source>
        <translation>具体举措：谁来做、做什么、做多少、何时完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2027-03-31</source>
        <translation>如 2027-03-31</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose an item in the plan to edit it.</source>
        <translation>请在方案中选择一项进行编辑。</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <location filename="../desktop/ui/plan_meeting_dialog.py" line="+89"/>
        <source>Village representatives&apos; meeting</source>
        <translation>村民代表会议审议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the meeting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives present</source>
        <translation>实到代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representatives due</source>
        <translation>应到代表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>会议决议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the meeting decided about the plan</source>
        <translation>会议对方案作出的决议</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <location filename="../desktop/ui/plan_review_dialog.py" line="+127"/>
        <source>Approve the village plan</source>
        <translation>审定一村一策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments on items are optional when approving.</source>
        <translation>审定时可以不对各项提出意见。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return the village plan for revision</source>
        <translation>退回一村一策修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write what must change on each item to be revised (at least one); the township sees your comment beside the item in the next round.</source>
        <translation>请在每个需修改的项上写明修改要求（至少一项）；乡镇在下一轮中会在该项旁看到您的意见。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment on item {n}</source>
        <translation>对第 {n} 项的意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall comment</source>
        <translation>总体意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. county organisation department</source>
        <translation>如：县委组织部</translation>
    </message>
</context>
<context>
    <name>PlanSteps</name>
    <message>
        <location filename="../desktop/ui/plan_steps.py" line="+28"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the changes to the plan of {village}?</source>
        <translation>是否保存对“{village}”方案的修改？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit the plan of {village}</source>
        <translation>修改“{village}”的方案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>record the village meeting on the plan of {village}</source>
        <translation>记录村民代表会议对“{village}”方案的审议</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save or undo your changes first: a changed plan goes back to the village meeting.</source>
        <translation>请先保存或撤销您的修改：修改后的方案须重新经村民代表会议审议。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>submit the plan of {village}</source>
        <translation>上报“{village}”的方案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>approve the plan of {village}</source>
        <translation>审定“{village}”的方案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>return the plan of {village}</source>
        <translation>退回“{village}”的方案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>revise the plan of {village} as round {round}</source>
        <translation>将“{village}”的方案修改为第 {round} 轮</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <location filename="../desktop/ui/plan_tab.py" line="+57"/>
        <source>{step}, {date}, {who}</source>
        <translation>{step}，{date}，{who}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>draft a plan for {village}</source>
        <translation>为“{village}”起草方案</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last step</source>
        <translation>最近环节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <location filename="../desktop/cli/plan_commands.py" line="-182"/>
        <location filename="../desktop/services/plans.py" line="+123"/>
        <source>The plan has rounds 1 to {last}.</source>
        <translation>该方案只有第 1 至第 {last} 轮。</translation>
    </message>
    <message>
        <location filename="../desktop/core/plans.py" line="+32"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="-135"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>What will be done</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives&apos; meeting</source>
        <translation>村民代表会议审议</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/excel_export_sheets.py" line="+1"/>
        <source>County comment</source>
        <translation>县级意见</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Item {n}, {field}: {message}</source>
        <translation>第 {n} 项，{field}：{message}</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The plan has no items: add the village&apos;s open problems.</source>
        <translation>方案中没有任何项：请加入该村未解决的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The problem is not stated clearly: say what is wrong, where and how much (“{text}”).</source>
        <translation>问题表述不清：请写明存在什么问题、在哪里、程度如何（“{text}”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the goal: what the village will look like when it is solved.</source>
        <translation>请填写目标：问题解决后村里应达到的状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what will be done.</source>
        <translation>请写明整改内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the measures.</source>
        <translation>请填写整改措施。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measures say nothing concrete: name the actions, the people and the numbers, not only “strengthen” or “implement”.</source>
        <translation>措施空泛：请写明具体做法、人员和数量，不能只写“加强”“落实”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set a deadline.</source>
        <translation>请设定整改时限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline {date} has already passed.</source>
        <translation>整改时限 {date} 已过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the responsible leader.</source>
        <translation>请填写责任领导。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the responsible person.</source>
        <translation>请填写责任人。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The open problem “{text}” is not in the plan.</source>
        <translation>未解决的问题“{text}”未列入方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village representatives&apos; meeting has not reviewed this round yet: record its date, attendance and resolution.</source>
        <translation>村民代表会议尚未审议本轮方案：请记录会议日期、到会人数和决议。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The meeting reviews a draft; this plan is “{status}”.</source>
        <translation>村民代表会议只审议草稿；此方案为“{status}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the date of the meeting (not in the future).</source>
        <translation>请填写会议日期（不能晚于今天）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give how many representatives attended.</source>
        <translation>请填写实到代表人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More representatives attended ({present}) than were due ({expected}).</source>
        <translation>实到代表人数（{present}）多于应到人数（{expected}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write down the meeting&apos;s resolution.</source>
        <translation>请填写会议决议。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The village representatives&apos; meeting must review the plan before it is submitted.</source>
        <translation>方案上报前须经村民代表会议审议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a plan reviewed by the village meeting can be submitted; this one is “{status}”.</source>
        <translation>只有经村民代表会议审议的方案才能上报；此方案为“{status}”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan does not pass the “three no-lets-go” check: {first}</source>
        <translation>方案未通过“三个不放过”核查：{first}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The plan does not pass the “three no-lets-go” check: {first} (and {more} more)</source>
        <translation>方案未通过“三个不放过”核查：{first}（另有 {more} 项）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a submitted plan can be reviewed; this one is “{status}”.</source>
        <translation>只有已上报的方案才能审核；此方案为“{status}”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A comment names an item that is not in this round of the plan.</source>
        <translation>有一条意见针对的项不在本轮方案中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Returning a plan needs a comment on each item to be changed: write at least one.</source>
        <translation>退回方案须对每个需修改的项提出意见：至少填写一条。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only a returned plan is revised as a new round; this one is “{status}”.</source>
        <translation>只有被退回的方案才能修改为新一轮；此方案为“{status}”。</translation>
    </message>
    <message>
        <location filename="../desktop/services/plans.py" line="-80"/>
        <source>This plan does not exist (any more).</source>
        <translation>此方案不存在（或已删除）。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The village already has a plan under way ({status}); finish that one first.</source>
        <translation>该村已有一个尚未办结的方案（{status}）；请先办结该方案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The village already has an approved plan for {year}.</source>
        <translation>该村 {year} 年已有审定的方案。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A plan that is “{status}” cannot be edited.</source>
        <translation>状态为“{status}”的方案不能修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plan item names a problem that is not on this village&apos;s ledger.</source>
        <translation>方案中有一项所列问题不在该村的问题台账上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A problem appears twice in the plan.</source>
        <translation>同一问题在方案中出现了两次。</translation>
    </message>
</context>
<context>
    <name>PostsTable</name>
    <message>
        <location filename="../desktop/ui/posts_table.py" line="+108"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Choose a person</source>
        <translation>选择人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or phone</source>
        <translation>姓名或电话</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation>汉文姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Tibetan)</source>
        <translation>藏文姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Party member</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show former posts</source>
        <translation>显示原任职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person…</source>
        <translation>新增人员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone already recorded…</source>
        <translation>添加已登记的人员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from post</source>
        <translation>免去职务</translation>
    </message>
</context>
<context>
    <name>Prefecture</name>
    <message>
        <location filename="../desktop/services/prefecture.py" line="+44"/>
        <source>No prefecture or county {unit} in this database.</source>
        <translation>此数据库中没有州或县 {unit}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The overview is by county: name a prefecture or a county, not a township ({unit}).</source>
        <translation>总览按县统计：请指定州或县，而不是乡镇（{unit}）。</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../desktop/ui/problem_dialog.py" line="+125"/>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Choose the village the problem belongs to.</source>
        <translation>请选择问题所属的村。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add problem: {problem}</source>
        <translation>新增问题“{problem}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>edit problem: {problem}</source>
        <translation>修改问题“{problem}”</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This problem has changes that are not saved. Save them?</source>
        <translation>该问题有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add to the ledger</source>
        <translation>列入台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
</context>
<context>
    <name>ProblemForm</name>
    <message>
        <location filename="../desktop/ui/problem_form.py" line="+233"/>
        <source>Choose the village</source>
        <translation>选择村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>名称或区划代码</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(choose the village)</source>
        <translation>（请选择村）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(no aspect)</source>
        <translation>（不指定方面）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weakness types</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found by</source>
        <translation>问题来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where exactly</source>
        <translation>具体来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is wrong, clearly enough to check when it is solved</source>
        <translation>写明存在的问题，具体到解决后可以核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection item, petition number, visit…</source>
        <translation>排查指标、信访编号、走访…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2026-11-23</source>
        <translation>如 2026-11-23</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>ProblemHistoryPanel</name>
    <message>
        <location filename="../desktop/ui/problem_history_panel.py" line="+85"/>
        <source>Status: {status} since {date}</source>
        <translation>状态：{status}（自 {date} 起）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked by {name}</source>
        <translation>核查人 {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>times reopened: {count}</source>
        <translation>反复回潮 {count} 次</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Save a copy of the evidence</source>
        <translation>保存佐证材料副本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>History (newest first)</source>
        <translation>变更记录（最新在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added on</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
</context>
<context>
    <name>ProblemListDialog</name>
    <message>
        <location filename="../desktop/ui/problem_list_dialog.py" line="+62"/>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>ProblemMoveDialog</name>
    <message>
        <location filename="../desktop/ui/problem_move_dialog.py" line="+120"/>
        <source>Evidence for closing out</source>
        <translation>销号佐证材料</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the date of this change.</source>
        <translation>请填写此次变更的日期。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{move}: {problem}</source>
        <translation>{move}：{problem}</translation>
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
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done, or why it goes back</source>
        <translation>采取了哪些措施，或退回的原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done (optional)</source>
        <translation>采取的措施（选填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by</source>
        <translation>核查人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who checked the result (name and unit)</source>
        <translation>核查人（姓名及单位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence (at least one file)</source>
        <translation>佐证材料（至少一个文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2026-11-23</source>
        <translation>如 2026-11-23</translation>
    </message>
</context>
<context>
    <name>ProblemsTab</name>
    <message>
        <location filename="../desktop/ui/problems_tab.py" line="+90"/>
        <source>No problems on the ledger for this village.</source>
        <translation>该村台账上暂无问题。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category / aspect</source>
        <translation>类别/方面</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible</source>
        <translation>责任领导/责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New problem…</source>
        <translation>新增问题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From inspection…</source>
        <translation>从检查提取…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put failed items of a finalised inspection on the ledger</source>
        <translation>将已定稿检查的未达标项列入台账</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../desktop/ui/qt_strings.py" line="+45"/>
        <source>Look in:</source>
        <translation>查看：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-19"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-26"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t Save</source>
        <translation>不保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>恢复默认</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location line="+7"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <location filename="../desktop/ui/rating_dialog.py" line="+130"/>
        <source>Write a year (2026) or a period (2026Q3, 2026-11H1).</source>
        <translation>请填年度（2026）或期（2026Q3、2026-11H1）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Already rated {rating} by {who} on {date}; OK replaces it.</source>
        <translation>已由 {who} 于 {date} 评定为{rating}；点击“确定”将替换原评定。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+38"/>
        <source>Choose one of the four levels.</source>
        <translation>请从四个等级中选择一个。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>rate {village} {rating} for {period}</source>
        <translation>将{village}（{period}）评定为{rating}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rating: {village}</source>
        <translation>评定等级：{village}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year or period</source>
        <translation>年度或期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>e.g. 2026 or 2026Q3</source>
        <translation>如 2026 或 2026Q3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rating history</source>
        <translation>评定等级记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>ReceivedVillagesModel</name>
    <message>
        <location filename="../desktop/ui/received_villages_model.py" line="+58"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last bundle</source>
        <translation>最近数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No. {sequence}</source>
        <translation>第 {sequence} 号</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="_missed_by_lupdate.py" line="+5"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery key of the database</source>
        <translation>数据库恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by (signature)</source>
        <translation>打印人（签名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by (signature)</source>
        <translation>保管人（签名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept where</source>
        <translation>存放地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>所在文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made on</source>
        <translation>生成日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret: whoever has this sheet and a copy of the database can read everything in it.</source>
        <translation>注意保密：任何人只要持有本单和数据库副本，就能读取数据库中的全部内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it is for</source>
        <translation>用途</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database, its backups and its attachments are encrypted. Each user&apos;s password opens them. If every administrator&apos;s password is lost, this key opens the database and lets an administrator set a new password. It also opens a backup when the computer is lost: the backup folder holds the file recovery.keys that goes with it.</source>
        <translation>数据库及其备份和附件均已加密，各用户凭自己的密码打开。如果所有系统管理员的密码都已遗失，可用本密钥打开数据库，并由一名系统管理员设置新密码。电脑丢失时，本密钥也能打开备份：备份文件夹中存有与之配套的文件 recovery.keys。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to use it</source>
        <translation>使用方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At sign-in choose &quot;Forgot every password? Use the recovery key&quot; and type the eight groups of six digits (a mistyped group is named), then an administrator&apos;s login name and a new password. On the command line: villagedesk recover --recovery-key DIGITS --user LOGIN.</source>
        <translation>登录时选择“忘记了所有密码？使用恢复密钥”，输入八组六位数字（输错的组会被指出），再输入一名系统管理员的登录名和新密码。命令行方式：villagedesk recover --recovery-key DIGITS --user LOGIN。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to keep it</source>
        <translation>保管要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it locked away and apart from the computer and the backup drive, as you keep the unit&apos;s seal: in the office safe, or sealed in an envelope with the unit&apos;s records. Do not photograph it, copy it into a computer or send it in a message.</source>
        <translation>请像保管单位公章一样将本单锁好，并与电脑和备份盘分开存放：可放在办公室保险柜中，或装入信封密封后随单位档案保存。不要拍照，不要录入电脑，也不要通过消息发送。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../desktop/ui/recovery_dialog.py" line="+120"/>
        <source>Group {number} is mistyped: check its 6 digits against the sheet.</source>
        <translation>第 {number} 组输入有误：请对照恢复密钥单核对这 6 位数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groups {numbers} are mistyped: check them against the sheet.</source>
        <translation>第 {numbers} 组输入有误：请对照恢复密钥单逐一核对。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All 8 groups are typed correctly.</source>
        <translation>全部 8 组均已正确输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{done} of {groups} groups typed.</source>
        <translation>已输入 {done}/{groups} 组。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open with the recovery key — VillageDesk</source>
        <translation>用恢复密钥打开 — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open with the recovery key</source>
        <translation>用恢复密钥打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the 48 digits of the recovery sheet printed when the database {name} was encrypted. Then name an administrator&apos;s login and choose a new password for it: you are signed in with it, and the administrator can reset everyone else&apos;s password.</source>
        <translation>请输入数据库 {name} 加密时打印的恢复密钥单上的 48 位数字。然后填写一名系统管理员的登录名，并为其设定新密码：您将以该账户登录，该系统管理员可以重置其他所有人的密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Administrator&apos;s login</source>
        <translation>系统管理员登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../desktop/ui/recovery_sheet_dialog.py" line="+189"/>
        <source>The sheet was sent to the printer. Check that it came out and is readable.</source>
        <translation>恢复密钥单已发送到打印机。请确认已打印出来且清晰可读。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recovery-key-{name}.pdf</source>
        <translation>恢复密钥-{name}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery sheet</source>
        <translation>保存恢复密钥单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The sheet could not be saved to {path}: {reason}</source>
        <translation>无法将恢复密钥单保存到 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved to {path}. Print it, or copy it to a USB stick kept away from this computer.</source>
        <translation>已保存到 {path}。请将其打印出来，或复制到一个不与本电脑放在一起保管的U盘上。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Have you printed or saved the recovery key? It is not shown again: without it and without a password nobody can open this database.</source>
        <translation>您是否已打印或保存恢复密钥？它不会再次显示：既没有恢复密钥又没有密码时，任何人都无法打开此数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, it is kept</source>
        <translation>是，已妥善保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, go back</source>
        <translation>否，返回</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key — VillageDesk</source>
        <translation>恢复密钥 — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted. This is its recovery key:</source>
        <translation>数据库已加密。以下是它的恢复密钥：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If every password is forgotten, these 48 digits are the only way to open the database {name}. They are shown only now.</source>
        <translation>如果所有密码都忘记了，这 48 位数字是打开数据库 {name} 的唯一途径。它们只在此时显示这一次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the sheet or save it as a PDF, or write the digits down by hand. Keep it locked away, not with the computer: whoever has it and the computer can read everything.</source>
        <translation>请打印此单或将其另存为 PDF，也可以手抄这些数字。请将其锁好保管，不要与电脑放在一起：谁同时拿到它和电脑，谁就能读取全部内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These accounts cannot sign in until you reset their passwords (Account → Users…): {logins}</source>
        <translation>在您重置这些账户的密码（账户 → 用户…）之前，它们无法登录：{logins}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have printed or saved it</source>
        <translation>我已打印或保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RejectedModel</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="+151"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../desktop/ui/report_dialog.py" line="+187"/>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. No report was made.</source>
        <translation>已取消，未生成报表。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Fonts saved. Build the report again.</source>
        <translation>字体已保存。请重新生成报表。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print a report</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Printed in</source>
        <translation>打印语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build and preview</source>
        <translation>生成并预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report fonts…</source>
        <translation>报表字体…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the problems the ledger list shows (its filters)</source>
        <translation>仅限台账列表当前显示的问题（按其筛选条件）</translation>
    </message>
</context>
<context>
    <name>ReportFontRow</name>
    <message>
        <location filename="../desktop/ui/report_font_row.py" line="+94"/>
        <source>No font found on this computer</source>
        <translation>本机未找到字体</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen: {family} ({path})</source>
        <translation>已选择：{family}（{path}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found on this computer: {family} ({path})</source>
        <translation>本机已有：{family}（{path}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latin letters and digits</source>
        <translation>拉丁字母和数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a font file…</source>
        <translation>选择字体文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the system font</source>
        <translation>使用系统字体</translation>
    </message>
</context>
<context>
    <name>ReportFontsDialog</name>
    <message>
        <location filename="../desktop/ui/report_fonts_dialog.py" line="+92"/>
        <source>Choose a font file</source>
        <translation>选择字体文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Font files (*.ttf *.ttc *.otf *.TTF *.TTC *.OTF)</source>
        <translation>字体文件 (*.ttf *.ttc *.otf *.TTF *.TTC *.OTF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Report fonts</source>
        <translation>报表字体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed reports set each script in its own font. By default they use fonts found on this computer; choose a TrueType file (.ttf, .ttc) to print in another. Only the letters a report uses are put into its PDF.</source>
        <translation>打印的报表中，每种文字使用各自的字体。默认使用本机已有的字体；如需改用其他字体打印，请选择 TrueType 字体文件（.ttf、.ttc）。PDF 中只嵌入报表实际用到的字符。</translation>
    </message>
</context>
<context>
    <name>ReportMenu</name>
    <message>
        <location filename="../desktop/ui/report_menu.py" line="+49"/>
        <source>Re&amp;ports</source>
        <translation>报表(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>打印一村一策表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village dossier…</source>
        <translation>村档案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ledger report…</source>
        <translation>问题台账报表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township summary…</source>
        <translation>乡镇汇总表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview…</source>
        <translation>全县概况…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report fonts…</source>
        <translation>报表字体…</translation>
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
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save report as PDF</source>
        <translation>将报表另存为 PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to {path}: {reason}. Nothing was written there; choose another folder or free some space.</source>
        <translation>报表无法保存到 {path}：{reason}。该位置未写入任何内容；请选择其他文件夹，或清理出一些磁盘空间。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing was cancelled; pages already sent may still come out of the printer.</source>
        <translation>打印已取消；已发送到打印机的页面仍可能被打印出来。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preview: {title}</source>
        <translation>预览：{title}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
</context>
<context>
    <name>ReportPrinting</name>
    <message>
        <location filename="../desktop/ui/pdf_pages.py" line="+44"/>
        <source>The PDF {path} cannot be read: {reason}</source>
        <translation>无法读取 PDF 文件 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The PDF {path} is closed.</source>
        <translation>PDF 文件 {path} 已关闭。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/report_printing.py" line="+68"/>
        <source>The chosen pages are not in this report of {count} pages.</source>
        <translation>所选页面不在本报表内（本报表共 {count} 页）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer {printer} could not be started.</source>
        <translation>无法启动打印机 {printer}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Printing page {page} of {pages}…</source>
        <translation>正在打印第 {page} 页，共 {pages} 页…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The printer stopped taking pages.</source>
        <translation>打印机已停止接收页面。</translation>
    </message>
</context>
<context>
    <name>ReportScope</name>
    <message>
        <location filename="../desktop/ui/report_scope.py" line="+92"/>
        <source>Choose the village</source>
        <translation>选择村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>名称或区划代码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No village chosen yet</source>
        <translation>尚未选择村</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+31"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../desktop/services/pdf/document.py" line="+138"/>
        <source>The report could not be written to {path}: {reason}</source>
        <translation>报表无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location filename="../desktop/services/pdf/fonts.py" line="+133"/>
        <source>No Tibetan font for printing was found. Install Noto Serif Tibetan (Debian: fonts-noto-core) or Tibetan Machine Uni (fonts-tibetan-machine); Windows has Microsoft Himalaya. Or choose a font file under Settings, Report fonts.</source>
        <translation>未找到可用于打印的藏文字体。请安装 Noto Serif Tibetan（Debian：fonts-noto-core）或 Tibetan Machine Uni（fonts-tibetan-machine）；Windows 自带 Microsoft Himalaya。也可以在“设置 &gt; 报表字体”中选择字体文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Chinese font for printing was found. Install WenQuanYi Micro Hei (Debian: fonts-wqy-microhei); Windows has Microsoft YaHei and SimSun. Or choose a font file under Settings, Report fonts.</source>
        <translation>未找到可用于打印的中文字体。请安装文泉驿微米黑（WenQuanYi Micro Hei，Debian：fonts-wqy-microhei）；Windows 自带微软雅黑（Microsoft YaHei）和宋体（SimSun）。也可以在“设置 &gt; 报表字体”中选择字体文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No font with digits and Latin letters was found. Install DejaVu Sans (Debian: fonts-dejavu-core) or choose a font file under Settings, Report fonts.</source>
        <translation>未找到包含数字和拉丁字母的字体。请安装 DejaVu Sans（Debian：fonts-dejavu-core），或在“设置 &gt; 报表字体”中选择字体文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The font file {path} cannot be used for printing: {reason}</source>
        <translation>字体文件 {path} 无法用于打印：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The font file {path} has no {script} characters.</source>
        <translation>字体文件 {path} 中没有{script}字符。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tibetan</source>
        <translation>藏文</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin and digit</source>
        <translation>拉丁字母和数字</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The chosen font file {path} is not there any more. Choose another under Settings, Report fonts.</source>
        <translation>所选字体文件 {path} 已不存在。请在“设置 &gt; 报表字体”中另选一个。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/__init__.py" line="+39"/>
        <location filename="_missed_by_lupdate.py" line="+86"/>
        <source>Plan form (one village, one plan)</source>
        <translation>一村一策表</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/reports/dossier.py" line="+43"/>
        <location filename="_missed_by_lupdate.py" line="-78"/>
        <source>Village dossier</source>
        <translation>村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="+66"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="+35"/>
        <source>Township summary</source>
        <translation>乡镇汇总表</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="_missed_by_lupdate.py" line="-108"/>
        <source>County overview</source>
        <translation>全县概况</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no report called {kind}. Reports: {kinds}.</source>
        <translation>没有名为 {kind} 的报表。可用的报表：{kinds}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report is printed in zh_CN, bo_CN or both, not {language}.</source>
        <translation>报表语言只能是 zh_CN、bo_CN 或 both，不能是 {language}。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/common.py" line="+73"/>
        <source>This report is about one village: say which.</source>
        <translation>此报表针对单个村：请指明是哪个村。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/dossier_campaign.py" line="+52"/>
        <source>Failed items of the inspection of {period}</source>
        <translation>{period}检查未达标项</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{year}: round {round}, {status}</source>
        <translation>{year} 年：第 {round} 轮，{status}</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Campaign status: {status}</source>
        <translation>整顿状态：{status}</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/figures.py" line="+127"/>
        <source>There is no township {key}. Townships: {names}.</source>
        <translation>没有乡镇 {key}。现有乡镇：{names}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no county {key}. Counties: {names}.</source>
        <translation>没有县 {key}。现有县：{names}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no township or county {key}. Units: {names}.</source>
        <translation>没有乡镇或县 {key}。现有乡镇和县：{names}。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/ledger_report.py" line="+53"/>
        <location line="+30"/>
        <source>{value} is not a {option}. Use one of: {values}.</source>
        <translation>{value} 不是有效的 {option}。可用值：{values}。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/plan_form.py" line="+50"/>
        <source>{village} has no plan yet. Draft the village&apos;s plan first.</source>
        <translation>{village}尚无一村一策方案，请先起草该村方案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rectification plan of the village Party organisation (one village, one plan)</source>
        <translation>村党组织整顿“一村一策”方案</translation>
    </message>
    <message>
        <location line="+44"/>
        <location filename="../desktop/services/reports/sheet.py" line="+27"/>
        <location filename="_missed_by_lupdate.py" line="+52"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="_missed_by_lupdate.py" line="+19"/>
        <source>The plan has no items yet.</source>
        <translation>方案尚无条目。</translation>
    </message>
    <message>
        <location filename="../desktop/services/reports/summary_tables.py" line="+26"/>
        <source>Not assessed</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location filename="_missed_by_lupdate.py" line="-88"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Counting</source>
        <translation>正在统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County overview of the rectification of weak village Party organisations</source>
        <translation>全县软弱涣散村党组织整顿工作概况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour, per township</source>
        <translation>各乡镇各预警颜色村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{villages} villages in {townships} townships, {weak} of them weak; {campaign} in the campaign, {converted} converted.</source>
        <translation>{townships} 个乡镇共有 {villages} 个村，其中软弱涣散村 {weak} 个；纳入整顿 {campaign} 个，已转化 {converted} 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and posts</source>
        <translation>人员与职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support arrangements</source>
        <translation>帮扶安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective economy income</source>
        <translation>集体经济收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating history</source>
        <translation>评定等级记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village code</source>
        <translation>村区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness types</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning colour</source>
        <translation>预警颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign status</source>
        <translation>整顿状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit or enterprise</source>
        <translation>结对帮扶单位或企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired strong village</source>
        <translation>结对强村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>评定单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan (one village, one plan)</source>
        <translation>一村一策方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed items</source>
        <translation>未达标项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Earned</source>
        <translation>得分率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessed on</source>
        <translation>评定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>预警记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>责任领导/责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems on the ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>帮扶方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support log</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} entries; support funds {funds} yuan; {projects} projects worth {project} yuan; {trained} people trained.</source>
        <translation>共 {count} 条记录；帮扶资金 {funds} 元；帮扶项目 {projects} 个，金额 {project} 元；培训 {trained} 人次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>评定层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>评定结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments</source>
        <translation>评定意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance reviews</source>
        <translation>验收评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} satisfied</source>
        <translation>满意度 {share}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No item failed.</source>
        <translation>无未达标项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village representatives&apos; meeting {date}: {present} of {expected} present; {resolution}</source>
        <translation>村民代表会议 {date}：应到 {expected} 人，实到 {present} 人；{resolution}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem ledger of the rectification of weak village Party organisations</source>
        <translation>软弱涣散村党组织整顿问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the ledger</source>
        <translation>正在读取问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened at least once: {reopened}. A tinted deadline is overdue.</source>
        <translation>曾反复回潮的问题：{reopened} 个。整改时限加底色的表示已超期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category / aspect</source>
        <translation>类别/方面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>反复回潮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem on the ledger matches.</source>
        <translation>问题台账中没有符合条件的问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{days} days overdue</source>
        <translation>已逾期 {days} 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village Party secretary (signature)</source>
        <translation>村党组织书记（签字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township Party committee leader (signature)</source>
        <translation>乡镇党委负责人（签字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives (signatures)</source>
        <translation>村民代表（签字）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan year</source>
        <translation>方案年度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted on</source>
        <translation>起草日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the county on</source>
        <translation>报送县委组织部日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by the county on</source>
        <translation>县级审核日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the meeting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance (present / expected)</source>
        <translation>到会人数（实到/应到）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution of the meeting</source>
        <translation>会议决议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak villages</source>
        <translation>软弱涣散村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans approved</source>
        <translation>方案已审定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township summary of the rectification of weak village Party organisations</source>
        <translation>软弱涣散村党组织整顿乡镇汇总表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems found by category</source>
        <translation>发现问题分类统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue problems</source>
        <translation>超期问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported solved</source>
        <translation>报告已解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>超期天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages in the campaign</source>
        <translation>整顿村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan yet</source>
        <translation>暂无方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activities</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support funds (yuan)</source>
        <translation>帮扶资金（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People trained</source>
        <translation>培训人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems per month</source>
        <translation>各月问题情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problem is overdue.</source>
        <translation>没有超期问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages by warning colour, per period</source>
        <translation>各期各预警颜色村数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No problems recorded yet.</source>
        <translation>尚未登记问题。</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../desktop/ui/revoke_dialog.py" line="+80"/>
        <source>Revoke an installation</source>
        <translation>吊销终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke {name} ({unit}, fingerprint {fingerprint})?</source>
        <translation>确定吊销 {name}（{unit}，指纹码 {fingerprint}）吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From now on its bundles are refused here, and the county&apos;s next bundles tell the other installations. Do this when the computer was lost or stolen. It cannot be undone: the installation must make new keys and be enrolled again.</source>
        <translation>此后本终端将拒收其数据包，县级接下来生成的数据包也会将此告知其他终端。请在电脑丢失或被盗时执行此操作。此操作不可撤销：该终端必须生成新密钥并重新登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example: laptop stolen on 3 May</source>
        <translation>例如：笔记本电脑于5月3日被盗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <location filename="../desktop/core/roster.py" line="+71"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village name (Chinese)</source>
        <translation>村名（汉文）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Village name (Tibetan)</source>
        <translation>村名（藏文）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Village or community</source>
        <translation>村或社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Types of weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paired unit</source>
        <translation>结对帮扶单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Village note</source>
        <translation>村备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Tibetan)</source>
        <translation>姓名（藏文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>出生年月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID card number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Party member</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term start</source>
        <translation>任职时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term end</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term</source>
        <translation>任期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why not imported</source>
        <translation>未导入原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serial number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>There is no such day: {text}.</source>
        <translation>没有这一天：{text}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text} is not a date; write it as 2024-03-05 or 2024年3月5日.</source>
        <translation>{text} 不是日期，请按 2024-03-05 或 2024年3月5日 的格式填写。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{value} is not a number between 0 and {maximum}.</source>
        <translation>{value} 不是 0 至 {maximum} 之间的数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} is not a whole number such as 1250.</source>
        <translation>{text} 不是整数（如 1250）。</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+184"/>
        <location filename="../desktop/core/roster_plan.py" line="+708"/>
        <location filename="../desktop/services/excel_export_villages.py" line="-5"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+184"/>
        <location filename="../desktop/core/roster_plan.py" line="+0"/>
        <location filename="../desktop/services/excel_export_villages.py" line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>{text} is not one of: {choices}.</source>
        <translation>{text} 不在可选项中：{choices}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{text} is not a type of weakness (软, 乱, 散, 弱, 穷).</source>
        <translation>{text} 不是软弱涣散类型（软、乱、散、弱、穷）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{text} is not a post this roster knows, such as 党支部书记 or 村委会主任.</source>
        <translation>{text} 不是可识别的职务（如党支部书记、村委会主任）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{text} is not 是 or 否 (yes or no).</source>
        <translation>{text} 不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../desktop/core/roster_plan.py" line="-453"/>
        <source>Several townships are named {name}.</source>
        <translation>有多个乡镇名为“{name}”。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Which village? The row has neither the village&apos;s code nor its name.</source>
        <translation>是哪个村？该行既无区划代码，也无村名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The village {name} is not in the database yet: give its township to add it.</source>
        <translation>数据库中尚无“{name}”：请填写所属乡镇以新增该村。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The village with the code {code} is not in the database yet: give its name to add it.</source>
        <translation>数据库中尚无区划代码为 {code} 的村：请填写村名以新增该村。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Several villages in this roster are named {name}: give the township or the code.</source>
        <translation>本花名册中有多个村名为“{name}”：请填写所属乡镇或区划代码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Several villages are named {name}: give the village&apos;s code.</source>
        <translation>有多个村名为“{name}”：请填写该村的区划代码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The code {code} is already on sheet {sheet}, row {row}.</source>
        <translation>区划代码 {code} 已见于工作表 {sheet} 第 {row} 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This village is already on sheet {sheet}, row {row}.</source>
        <translation>该村已见于工作表 {sheet} 第 {row} 行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this village</source>
        <translation>该村</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sheet {sheet}, row {row} gives {what} another {column}: {value}.</source>
        <translation>工作表 {sheet} 第 {row} 行中{what}的{column}为 {value}，与本行不一致。</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>{name} already holds this post on sheet {sheet}, row {row}.</source>
        <translation>{name} 已在工作表 {sheet} 第 {row} 行登记担任此职务。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Matching the roster with the database</source>
        <translation>正在将花名册与数据库比对</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The row names no village and no person.</source>
        <translation>该行既无村也无人员。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this post</source>
        <translation>该职务</translation>
    </message>
    <message>
        <location filename="../desktop/core/roster_rows.py" line="+43"/>
        <source>Sheet {sheet}, row {row}, column {column} ({header}): {message}</source>
        <translation>工作表 {sheet}，第 {row} 行，{column} 列（{header}）：{message}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet {sheet}, row {row}: {message}</source>
        <translation>工作表 {sheet}，第 {row} 行：{message}</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>The term cannot end before it starts.</source>
        <translation>任期结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More households ({households}) than people ({population}).</source>
        <translation>户数（{households}）多于人口（{population}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More Party members ({members}) than people ({population}).</source>
        <translation>党员数（{members}）多于人口（{population}）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The person&apos;s name is missing (in Chinese or in Tibetan).</source>
        <translation>缺少姓名（汉文或藏文）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post is missing: every person on the roster holds a post in the village.</source>
        <translation>缺少职务：花名册上每个人都须在村里担任职务。</translation>
    </message>
    <message>
        <location filename="../desktop/services/roster_files.py" line="+17"/>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/services/roster_import.py" line="+244"/>
        <source>Instructions</source>
        <translation>填表说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The township or town. One not yet in VillageDesk is created.</source>
        <translation>所属乡（镇）。VillageDesk 中尚无的乡镇将自动新建。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 12-digit statistical division code. Villages are matched by it.</source>
        <translation>12 位统计用区划代码，按此代码匹配村。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village&apos;s name in Chinese (or give the Tibetan one).</source>
        <translation>村的汉文名称（也可只填藏文名称）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village&apos;s name in Tibetan.</source>
        <translation>村的藏文名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village or community (from the list).</source>
        <translation>村或社区（从下拉列表中选择）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Whole numbers.</source>
        <translation>整数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party branch, general branch or committee (from the list).</source>
        <translation>党支部、党总支或党委（从下拉列表中选择）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more of 软 乱 散 弱 穷, separated by 、</source>
        <translation>软、乱、散、弱、穷中的一项或多项，用“、”分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The department or enterprise paired with the village.</source>
        <translation>与该村结对帮扶的部门或企业。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else about the village.</source>
        <translation>村的其他情况。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per person and post; repeat the village&apos;s code and name on each row.</source>
        <translation>每人每个职务填一行；每行都要重复填写村的区划代码和村名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The person&apos;s name in Tibetan.</source>
        <translation>人员的藏文姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>From the list.</source>
        <translation>从下拉列表中选择。</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A date such as 1975-03-05, or the year and month 1975.03; only the year is kept.</source>
        <translation>日期如 1975-03-05，或年月如 1975.03；只保留年份。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes or no.</source>
        <translation>是或否。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An 11-digit mobile number, or a landline with its area code.</source>
        <translation>11 位手机号码，或带区号的固定电话。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For first secretaries and work teams: the unit they come from.</source>
        <translation>第一书记和驻村工作队员填写派出单位。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the list; one person holding two posts: 党支部书记、村委会主任.</source>
        <translation>从下拉列表中选择；一人兼两职时填：党支部书记、村委会主任。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A date such as 2021-03-01.</source>
        <translation>日期，如 2021-03-01。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank while the term runs.</source>
        <translation>在任期间留空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else about the post.</source>
        <translation>职务的其他情况。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Column</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to write</source>
        <translation>填写要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also read</source>
        <translation>另可识别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headers as townships write them (村名, 行政村, 村代码, 手机号...), a title above the header, full-width digits, text dates and subtotal rows. Blank cells leave what VillageDesk holds unchanged.</source>
        <translation>各乡镇惯用的表头（村名、行政村、村代码、手机号...）、表头上方的标题、全角数字、文本格式的日期以及小计行。空白单元格不会改动 VillageDesk 中已有的内容。</translation>
    </message>
    <message>
        <location filename="../desktop/services/roster_import.py" line="-79"/>
        <source>Villages or people in this roster were changed since the preview. Nothing was imported: look at the preview again.</source>
        <translation>预览之后，本花名册涉及的村或人员已被修改。未导入任何内容：请重新查看预览。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the roster</source>
        <translation>正在导入花名册</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading the roster</source>
        <translation>正在读取花名册</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} cannot be read: it is open in another program or you may not read it.</source>
        <translation>无法读取 {name}：该文件已在其他程序中打开，或您没有读取权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not an Excel workbook (.xlsx) or it is damaged. Open it in Excel or WPS, save it as .xlsx and try again.</source>
        <translation>{name} 不是 Excel 工作簿（.xlsx）或已损坏。请在 Excel 或 WPS 中打开，另存为 .xlsx 后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No sheet of {name} has a roster&apos;s header row (such as 乡镇, 村名, 区划代码, 姓名, 职务) in its first {rows} rows.</source>
        <translation>{name} 的各工作表前 {rows} 行内均无花名册表头行（如 乡镇、村名、区划代码、姓名、职务）。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>There is no roster column {key}.</source>
        <translation>花名册中没有 {key} 列。</translation>
    </message>
</context>
<context>
    <name>RosterFilePage</name>
    <message>
        <location filename="../desktop/ui/roster_file_page.py" line="+42"/>
        <source>Choose the roster workbook</source>
        <translation>选择花名册工作簿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages, people and posts are read from every sheet of an Excel workbook (.xlsx), with the headers townships write (乡镇, 村名, 区划代码, 姓名, 职务…). Nothing is written until you have seen the preview and pressed Import. A workbook in the old .xls format: open it in Excel or WPS and save it as .xlsx first.</source>
        <translation>从 Excel 工作簿（.xlsx）的每个工作表中读取村、人员和职务，表头可沿用各乡镇的写法（乡镇、村名、区划代码、姓名、职务…）。查看预览并点击“导入”之前，不会写入任何内容。旧版 .xls 格式的工作簿：请先在 Excel 或 WPS 中打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
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
        <translation>导入花名册</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+1"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading was cancelled. Nothing was written.</source>
        <translation>已取消读取，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file}: {rows} rows read.</source>
        <translation>{file}：已读取 {rows} 行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{file} was not read.</source>
        <translation>未能读取 {file}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import {villages} new and {changed_villages} changed villages, {people} new and {changed_people} changed people, {posts} new and {changed_posts} changed posts, and create {townships} townships?</source>
        <translation>导入新增村 {villages} 个、修改村 {changed_villages} 个，新增人员 {people} 人、修改人员 {changed_people} 人，新增职务 {posts} 个、修改职务 {changed_posts} 个，并新建乡镇 {townships} 个？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rejected rows are left out.</source>
        <translation>有误的 {count} 行不予导入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何内容。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import roster {file}</source>
        <translation>导入花名册 {file}</translation>
    </message>
</context>
<context>
    <name>RosterItemsModel</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="-52"/>
        <source>Will be</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (before → after)</source>
        <translation>变动内容（原 → 新）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>RosterMappingPage</name>
    <message>
        <location filename="../desktop/ui/roster_mapping_page.py" line="+45"/>
        <source>Columns not recognised</source>
        <translation>未识别的列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These headers are not among the ones VillageDesk knows. Say which field each column holds, or leave it out; Next reads the workbook again with your choices.</source>
        <translation>以下表头不在 VillageDesk 可识别的范围内。请指定每一列对应的内容，或不导入该列；点击“下一步”将按您的选择重新读取工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Header</source>
        <translation>表头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{sheet}: {columns}</source>
        <translation>{sheet}：{columns}</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <location filename="../desktop/ui/roster_preview_models.py" line="-81"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field}: {before} → {after}</source>
        <translation>{field}：{before} → {after}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{sheet} row {row}</source>
        <translation>{sheet} 第 {row} 行</translation>
    </message>
</context>
<context>
    <name>RosterPreviewPage</name>
    <message>
        <location filename="../desktop/ui/roster_preview_page.py" line="+136"/>
        <source>Preview: nothing is written until you press Import</source>
        <translation>预览：点击“导入”前不会写入任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save rejected rows…</source>
        <translation>保存有误行…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These rows are not imported. Save them as a workbook, fix them there and import that workbook.</source>
        <translation>以下各行不予导入。请将其另存为工作簿，在其中改正后再导入该工作簿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New townships</source>
        <translation>新建乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} ({added})</source>
        <translation>{what}（{added}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what} (+{added}, ~{changed})</source>
        <translation>{what}（+{added}，~{changed}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged: {count}</source>
        <translation>未变：{count}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected rows ({count})</source>
        <translation>有误行（{count}）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{file}: {rows} rows read from {sheets} sheets.</source>
        <translation>{file}：从 {sheets} 个工作表中读取 {rows} 行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add: {villages} villages, {people} people, {posts} posts, {townships} townships. To change: {changed_villages} villages, {changed_people} people, {changed_posts} posts.</source>
        <translation>将新增：村 {villages} 个，人员 {people} 人，职务 {posts} 个，乡镇 {townships} 个。将修改：村 {changed_villages} 个，人员 {changed_people} 人，职务 {changed_posts} 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} rows rejected (see Rejected rows); they are not imported.</source>
        <translation>{count} 行有误（见“有误行”），不予导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left out, no roster header found: {sheets}.</source>
        <translation>未找到花名册表头、已略过的工作表：{sheets}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to import: the database already holds all of it.</source>
        <translation>无可导入内容：数据库中已全部存在。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save rejected rows</source>
        <translation>保存有误行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} rejected.xlsx</source>
        <translation>{name} 有误行.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{count} rejected rows saved to {path}</source>
        <translation>已将有误的 {count} 行保存到 {path}</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../desktop/ui/safety_menu.py" line="+90"/>
        <source>Data &amp;safety</source>
        <translation>数据安全(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups…</source>
        <translation>备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Check the audit trail…</source>
        <translation>检查审计日志…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt the database…</source>
        <translation>加密数据库…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Making a backup…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup made: {file}</source>
        <translation>备份完成：{file}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The database is encrypted.</source>
        <translation>数据库已加密。</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <location filename="../desktop/core/scoring.py" line="+59"/>
        <source>This number is too large.</source>
        <translation>此数字过大。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Answer yes or no.</source>
        <translation>请回答“是”或“否”。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Give a whole number from 0 to {top}.</source>
        <translation>请填 0 到 {top} 的整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a whole number, 0 or more.</source>
        <translation>请填不小于 0 的整数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A number is needed here.</source>
        <translation>此处需要填数字。</translation>
    </message>
</context>
<context>
    <name>SegmentBar</name>
    <message>
        <location filename="../desktop/ui/dashboard_charts.py" line="+201"/>
        <source>{label}: {count}</source>
        <translation>{label}：{count}</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>{label}: {count} ({share} %)</source>
        <translation>{label}：{count}（{share}%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click to list them.</source>
        <translation>点击列出明细。</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../desktop/services/self_test.py" line="+83"/>
        <source>OK</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Self-test passed: {count} steps in {seconds} s.</source>
        <translation>自检通过：共 {count} 步，用时 {seconds} 秒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Self-test FAILED: {failed} of {count} steps failed ({seconds} s).</source>
        <translation>自检失败：{count} 步中有 {failed} 步失败（{seconds} 秒）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its files are in {folder}.</source>
        <translation>其文件保存在 {folder}。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot make the folder {folder}: {reason}</source>
        <translation>无法创建文件夹 {folder}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} is not empty; give a new or empty folder.</source>
        <translation>文件夹 {folder} 不是空的，请指定一个新的或空的文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new database is not empty.</source>
        <translation>新建的数据库不是空的。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo wrote {written} villages; the database lists {listed}.</source>
        <translation>演示数据写入了 {written} 个村，数据库中却列出 {listed} 个。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The demo made no village plan to print.</source>
        <translation>演示数据中没有可打印的一村一策方案。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{villages} villages, {problems} problems, {plans} plans</source>
        <translation>{villages} 个村、{problems} 个问题、{plans} 份方案</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The workbook read back lacks {count} village codes, such as {code}.</source>
        <translation>读回的工作簿缺少 {count} 个村代码，例如 {code}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows read back</source>
        <translation>读回 {rows} 行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The county did not import the township&apos;s bundle.</source>
        <translation>县里没有导入乡镇的数据包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The township sent {sent} villages; the county has {received}.</source>
        <translation>乡镇发送了 {sent} 个村，县里收到 {received} 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{rows} rows, {size} KB</source>
        <translation>{rows} 行，{size} KB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database file is not encrypted.</source>
        <translation>数据库文件未加密。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The encrypted database lists {listed} villages, not {written}.</source>
        <translation>加密后的数据库列出 {listed} 个村，而不是 {written} 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{villages} villages read back with the password</source>
        <translation>用密码读回 {villages} 个村</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fresh database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan form PDF in Chinese</source>
        <translation>中文一村一策表 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan form PDF in Tibetan</source>
        <translation>藏文一村一策表 PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel export read back</source>
        <translation>Excel 导出并读回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle, township to county</source>
        <translation>数据包：乡镇发往县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted database opened with its password</source>
        <translation>用密码打开加密数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PostgreSQL driver for a hub</source>
        <translation>汇总中心用的 PostgreSQL 驱动</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{file} is not a complete PDF.</source>
        <translation>{file} 不是完整的 PDF。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{file} does not embed the fonts {fonts}.</source>
        <translation>{file} 未嵌入字体 {fonts}。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Not run: {step} failed.</source>
        <translation>未运行：{step} 失败。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/self_test_window.py" line="+49"/>
        <source>The program&apos;s icon cannot be drawn: its resources or Qt&apos;s SVG support are missing.</source>
        <translation>无法绘制程序图标：缺少程序资源或 Qt 的 SVG 支持。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The window lists {shown} villages; the database holds {total}.</source>
        <translation>窗口列出 {shown} 个村，数据库中有 {total} 个。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot save the window&apos;s picture to {path}.</source>
        <translation>无法将窗口截图保存到 {path}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window was drawn blank.</source>
        <translation>窗口绘制出来是空白的。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Main window, offscreen</source>
        <translation>主窗口（后台绘制）</translation>
    </message>
</context>
<context>
    <name>ServerDatabaseDialog</name>
    <message>
        <location filename="../desktop/ui/server_database_dialog.py" line="+54"/>
        <source>Open a server database</source>
        <translation>打开服务器上的数据库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A hub&apos;s database on a PostgreSQL server, as postgresql://USER@HOST/DATABASE (add :PORT after the host if it is not 5432). The password is taken from PGPASSWORD or the file .pgpass in your home folder; ask the server&apos;s administrator for them.</source>
        <translation>汇总中心在 PostgreSQL 服务器上的数据库，写作 postgresql://用户@主机/数据库（端口不是 5432 时，在主机后加 :端口）。密码取自 PGPASSWORD 或主文件夹中的 .pgpass 文件；请向服务器管理员索取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../desktop/ui/setup_dialog.py" line="+135"/>
        <location line="+92"/>
        <source>Another, not in this list: type its code and names</source>
        <translation>其他（不在列表中）：请输入代码和名称</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Set up as county or township</source>
        <translation>设为县级或乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation is a</source>
        <translation>本终端为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name in Chinese</source>
        <translation>汉文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in Tibetan</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A township exchanges bundles with its county, and a county with each of its townships. The installation name is what the other side sees, for example the office and the computer. Once bundles have been exchanged, the side cannot be changed.</source>
        <translation>乡镇与所属县交换数据包，县与其下辖各乡镇交换数据包。终端名称是对方看到的名称，例如办公室和电脑。一旦交换过数据包，层级便不能再更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../desktop/ui/sign_in_flow.py" line="+99"/>
        <source>Not encrypted</source>
        <translation>未加密</translation>
    </message>
</context>
<context>
    <name>StartInspectionDialog</name>
    <message>
        <location filename="../desktop/ui/start_inspection_dialog.py" line="+136"/>
        <source>Choose the village</source>
        <translation>选择村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or division code</source>
        <translation>名称或区划代码</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No village chosen yet</source>
        <translation>尚未选择村</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{title} (version {version})</source>
        <translation>{title}（第 {version} 版）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the period, e.g. {example}.</source>
        <translation>请填写期次，例如 {example}。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{label}: {start} to {end}</source>
        <translation>{label}：{start} 至 {end}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A draft for this period exists; starting opens it.</source>
        <translation>本期已有草稿；点击开始将打开该草稿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This village already has a finalised inspection for this period. To change it, open it from the village file&apos;s Inspections tab and choose Correct…</source>
        <translation>该村本期已有定稿的检查。如需修改，请在村档案的“检查”页打开它，选择“更正…”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not started</source>
        <translation>未能开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft opened</source>
        <translation>已打开草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft for this village and period exists; it was opened. Your earlier answers are kept.</source>
        <translation>该村本期已有草稿，已为您打开。您之前的答案均已保留。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start a {inspection}</source>
        <translation>开始{inspection}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of inspection</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No checklist template is installed. Import one first (Checklists).</source>
        <translation>尚未安装检查清单模板。请先导入一个（见“检查清单模板”）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2026Q3, 2026-11H1 or 2026-11-23</source>
        <translation>2026Q3、2026-11H1 或 2026-11-23</translation>
    </message>
</context>
<context>
    <name>Support</name>
    <message>
        <location filename="../desktop/core/support.py" line="+55"/>
        <source>Give the date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date is in the future.</source>
        <translation>日期晚于今天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say briefly what was done.</source>
        <translation>请简要说明开展的工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of participants must be at least 1.</source>
        <translation>参加人数至少为 1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the number of participants.</source>
        <translation>请填写参加人数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the amount in yuan.</source>
        <translation>请填写金额（元）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give where the funds come from.</source>
        <translation>请填写资金来源。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the month reported on, e.g. 2026-11.</source>
        <translation>请填写述职月份，如 2026-11。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the quarter assessed, e.g. 2026Q3.</source>
        <translation>请填写考评季度，如 2026Q3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the assessment score, 0 to 100.</source>
        <translation>请填写考评得分（0 到 100）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give how many people took the satisfaction poll.</source>
        <translation>请填写参与满意度测评的人数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number satisfied must be between 0 and the number polled.</source>
        <translation>满意人数须在 0 到参与测评人数之间。</translation>
    </message>
    <message>
        <location filename="../desktop/services/support.py" line="+23"/>
        <source>This entry of the support log does not exist (any more).</source>
        <translation>该帮扶记录不存在（或已被删除）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The work team&apos;s withdrawal is not edited or deleted as a log entry: it is made by withdrawing the team, and Undo takes it back.</source>
        <translation>驻村工作队撤离不能作为帮扶记录修改或删除：撤离只能通过撤离驻村工作队办理，撤销可将其恢复。</translation>
    </message>
</context>
<context>
    <name>SupportLogTab</name>
    <message>
        <location filename="../desktop/ui/support_log_tab.py" line="+136"/>
        <source>{name} ({unit})</source>
        <translation>{name}（{unit}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name}, leader</source>
        <translation>{name}（队长）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}, withdrawn on {date}</source>
        <translation>{name}（{date} 撤离）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} people</source>
        <translation>{count} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>satisfaction {percent} ({satisfied} of {polled})</source>
        <translation>满意度 {percent}（{polled} 人中 {satisfied} 人满意）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing logged yet.</source>
        <translation>尚无帮扶记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries: {kinds}.</source>
        <translation>共 {count} 条记录：{kinds}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funds: {funds} yuan.</source>
        <translation>帮扶资金：{funds} 元。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projects: {projects} ({project_yuan} yuan).</source>
        <translation>帮扶项目：{projects} 个（{project_yuan} 元）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People trained: {trained}.</source>
        <translation>培训人数：{trained}。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete entry</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>delete the log entry {kind}</source>
        <translation>删除帮扶记录“{kind}”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the entry {kind} of {date} from the support log? Undo brings it back.</source>
        <translation>要从帮扶记录中删除 {date} 的“{kind}”吗？可以撤销。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw the work team</source>
        <translation>撤离驻村工作队</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support team</source>
        <translation>帮扶力量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work team</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit or enterprise</source>
        <translation>结对帮扶单位或企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>帮扶方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done</source>
        <translation>工作内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw work team…</source>
        <translation>撤离工作队…</translation>
    </message>
</context>
<context>
    <name>SupportTab</name>
    <message>
        <location filename="../desktop/ui/support_tab.py" line="+79"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the paired village</source>
        <translation>选择结对村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name or code</source>
        <translation>名称或代码</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Paired unit or enterprise</source>
        <translation>结对帮扶单位或企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired strong village</source>
        <translation>结对强村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desktop/services/sync/archive.py" line="+77"/>
        <source>the record {id} of table {table} is more than 1 MB</source>
        <translation>数据表 {table} 中的记录 {id} 超过 1 MB</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the attachment {name} is more than 200 MB</source>
        <translation>附件 {name} 超过 200 MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachment file {path} is damaged: its content no longer matches its name.</source>
        <translation>附件文件 {path} 已损坏：其内容与文件名已不相符。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the manifest would be {size} bytes, more than 1 MB (too many attachments in one bundle)</source>
        <translation>清单将达 {size} 字节，超过 1 MB（一个数据包中的附件过多）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it would have more than 100,000 entries</source>
        <translation>条目将超过 100,000 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries would hold more than 4 GB in all</source>
        <translation>条目总计将超过 4 GB</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+83"/>
        <source>line {line} of {entry} is more than 1 MB</source>
        <translation>{entry} 第 {line} 行超过 1 MB</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>{entry} has {rows} lines where its manifest says {expected}</source>
        <translation>{entry} 有 {rows} 行，而清单中记载为 {expected} 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the content of {entry} differs from the hash in its manifest</source>
        <translation>{entry} 的内容与清单中的哈希值不一致</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+9"/>
        <source>the audit links do not match the manifest</source>
        <translation>审计链接与清单不一致</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>line {line} of the audit links is not valid</source>
        <translation>审计链接第 {line} 行无效</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the content of {entry} does not match its name</source>
        <translation>{entry} 的内容与其名称不符</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{entry} has more lines than its manifest&apos;s {rows}</source>
        <translation>{entry} 的行数多于清单记载的 {rows} 行</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../desktop/services/sync/bundle_header.py" line="+54"/>
        <source>it is not JSON</source>
        <translation>不是 JSON 格式</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/bundle_header.py" line="+2"/>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The payload {path} cannot be read: {reason}</source>
        <translation>无法读取数据包内容文件 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it has no manifest</source>
        <translation>缺少清单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest is not JSON</source>
        <translation>清单不是 JSON 格式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it is not a valid ZIP archive</source>
        <translation>不是有效的 ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the entry {entry} is not in the manifest</source>
        <translation>条目 {entry} 不在清单中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest names {entry}, which is missing</source>
        <translation>清单中列有 {entry}，但该条目缺失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the size of files/{sha256} differs from the manifest</source>
        <translation>files/{sha256} 的大小与清单不符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry {entry} cannot be read</source>
        <translation>无法读取条目 {entry}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {line} of {entry} in the bundle is not a valid record: {what}. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>数据包中 {entry} 第 {line} 行不是有效记录：{what}。未导入任何内容；请让发送方重新提供数据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing to {folder} failed: {reason}. The disk may be full: make room, then try again.</source>
        <translation>写入 {folder} 失败：{reason}。磁盘可能已满：请清理空间后重试。</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/archive_checks.py" line="+55"/>
        <source>The bundle&apos;s contents are not a safe archive: {what}. Nothing was imported; ask the sender for a new bundle.</source>
        <translation>数据包内容不是安全的压缩包：{what}。未导入任何内容；请让发送方重新提供数据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle goes beyond the limits of the format: {what}.</source>
        <translation>数据包超出了格式限制：{what}。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>it is not a ZIP archive</source>
        <translation>不是 ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not a ZIP archive, or one with a comment</source>
        <translation>不是 ZIP 压缩包，或是带注释的 ZIP 压缩包</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>it has {count} entries, more than 100,000</source>
        <translation>含 {count} 个条目，超过 100,000 个</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>its table of contents is {size} bytes, far more than 100,000 entries need</source>
        <translation>其目录大小为 {size} 字节，远超 100,000 个条目所需</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the name {name} appears twice</source>
        <translation>名称 {name} 出现了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is encrypted</source>
        <translation>条目 {name} 已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is compressed with an unsupported method</source>
        <translation>条目 {name} 使用了不支持的压缩方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the stored entry {name} has two different sizes</source>
        <translation>未压缩条目 {name} 的两处大小记载不一致</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its entries hold more than 4 GB in all</source>
        <translation>条目总计超过 4 GB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the name {name} contains a backslash</source>
        <translation>名称 {name} 含有反斜杠（\）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} is an absolute path</source>
        <translation>名称 {name} 是绝对路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} starts with a drive letter</source>
        <translation>名称 {name} 以盘符开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} leads out of its folder (..)</source>
        <translation>名称 {name} 指向其所在文件夹之外（..）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is a directory</source>
        <translation>条目 {name} 是文件夹</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} is a symbolic link</source>
        <translation>条目 {name} 是符号链接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry {name} is a special file</source>
        <translation>条目 {name} 是特殊文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name {name} is not one a bundle may hold</source>
        <translation>名称 {name} 不是数据包允许包含的名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest is {size} bytes, more than 1 MB</source>
        <translation>清单为 {size} 字节，超过 1 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the attachment {name} is {size} bytes, more than 200 MB</source>
        <translation>附件 {name} 为 {size} 字节，超过 200 MB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} expands more than 200 times ({packed} to {size} bytes)</source>
        <translation>条目 {name} 解压后膨胀超过 200 倍（由 {packed} 字节解压为 {size} 字节）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the entries {name} and {other} overlap</source>
        <translation>条目 {name} 与 {other} 相互重叠</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the entry {name} has no local header</source>
        <translation>条目 {name} 缺少本地文件头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} has another name in its local header</source>
        <translation>条目 {name} 的本地文件头中是另一个名称</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the entry {name} is not valid compressed data</source>
        <translation>条目 {name} 不是有效的压缩数据</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the archive ends inside the entry {name}</source>
        <translation>压缩包在条目 {name} 中途结束</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry {name} is larger than the {size} bytes it declares</source>
        <translation>条目 {name} 大于其声明的 {size} 字节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the compressed data of {name} does not end where it should</source>
        <translation>{name} 的压缩数据未在应有的位置结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entry {name} is shorter than it declares</source>
        <translation>条目 {name} 短于其声明的大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the checksum of {name} does not match</source>
        <translation>{name} 的校验和不符</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the manifest is not a VillageDesk payload manifest</source>
        <translation>该清单不是 VillageDesk 数据包内容清单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the manifest&apos;s version is not 1 or 2</source>
        <translation>清单的版本号不是 1 或 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest belongs to another bundle</source>
        <translation>清单属于另一个数据包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s entry for table {table} is not valid</source>
        <translation>清单中数据表 {table} 一项无效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s entry for attachment {sha256} is not valid</source>
        <translation>清单中附件 {sha256} 一项无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a revocation in the manifest is not valid</source>
        <translation>清单中的一条吊销记录无效</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>the manifest&apos;s audit head is not valid</source>
        <translation>清单中的审计链头无效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the manifest has missing or unknown fields ({fields})</source>
        <translation>清单缺少字段或含有未知字段（{fields}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an item of the manifest&apos;s {where} has missing or unknown fields ({fields})</source>
        <translation>清单 {where} 中的某一项缺少字段或含有未知字段（{fields}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the manifest&apos;s {where} is not a list of objects</source>
        <translation>清单中的 {where} 不是对象列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the manifest names something twice in {where}</source>
        <translation>清单的 {where} 中有重复项</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/bundle_header.py" line="+3"/>
        <source>it is not in canonical form</source>
        <translation>不是规范格式</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not a bundle header</source>
        <translation>不是数据包头</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/services/sync/container.py" line="+107"/>
        <source>This bundle was made by a newer VillageDesk (format {version}). Update VillageDesk on this computer, then import it again.</source>
        <translation>此数据包由更新版本的 VillageDesk 生成（格式版本 {version}）。请先升级本机的 VillageDesk，再重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its version is not valid</source>
        <translation>版本号无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bundle_id is not an id</source>
        <translation>bundle_id 不是有效的标识</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>created_at is not a time</source>
        <translation>created_at 不是有效的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>app_version is not valid</source>
        <translation>app_version 无效</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it names another sender than the file</source>
        <translation>其中写明的发送方与文件不符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.role is neither township nor county</source>
        <translation>sender.role 既不是乡镇也不是县级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.unit_code is not valid</source>
        <translation>sender.unit_code 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sender.signing_key_id is not the key that signed it</source>
        <translation>sender.signing_key_id 不是为其签名的密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sequence is not a number from 1</source>
        <translation>sequence 不是从 1 起的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since is not a number below sequence</source>
        <translation>since 不是小于 sequence 的整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>previous_hash is not valid</source>
        <translation>previous_hash 无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ack is not valid</source>
        <translation>ack 无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>counts is not valid</source>
        <translation>counts 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>files is not valid</source>
        <translation>files 无效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>payload sizes are not valid</source>
        <translation>内容大小无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle&apos;s contents are {size} MB, more than the format allows ({limit} MB).</source>
        <translation>数据包内容为 {size} MB，超过格式允许的上限（{limit} MB）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payload.length does not fit plaintext_length</source>
        <translation>payload.length 与 plaintext_length 不相符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payload.sha256 is not valid</source>
        <translation>payload.sha256 无效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>encryption.algorithm is not {algorithm}</source>
        <translation>encryption.algorithm 不是 {algorithm}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption.ephemeral_key is not a key</source>
        <translation>encryption.ephemeral_key 不是有效的密钥</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>recipient.installation_id is not an id</source>
        <translation>recipient.installation_id 不是有效的标识</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recipient.encryption_key_id is not valid</source>
        <translation>recipient.encryption_key_id 无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle was made for another installation ({id}), not for this one ({ours}). Import it on the computer it was made for.</source>
        <translation>此数据包是为另一个终端（{id}）生成的，不是为本终端（{ours}）生成的。请在它所对应的电脑上导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle was encrypted to another key of this installation (key {theirs}; this installation&apos;s key is {ours}). The sender must enrol this installation again from its current enrolment file, then export a new bundle.</source>
        <translation>此数据包是用本终端的另一个密钥加密的（密钥 {theirs}；本终端的密钥为 {ours}）。发送方须用本终端当前的登记文件重新登记本终端，然后重新生成数据包。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The bundle&apos;s header is not valid ({what}). It was signed by the sender, so their VillageDesk made a faulty bundle: ask them to update VillageDesk and export again.</source>
        <translation>数据包头无效（{what}）。包头带有发送方的签名，说明是对方的 VillageDesk 生成了有缺陷的数据包：请对方升级 VillageDesk 后重新生成数据包。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{field} is not an object</source>
        <translation>{field} 不是对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/enrolment.py" line="+123"/>
        <source>the field {field} is missing</source>
        <translation>缺少字段 {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../desktop/services/sync/enrolment.py" line="+3"/>
        <source>it has an unknown field {field}</source>
        <translation>含有未知字段 {field}</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/container.py" line="-27"/>
        <location filename="../desktop/services/sync/importing.py" line="+224"/>
        <source>This bundle comes from an installation that is not enrolled here ({id}). Enrol it first with its enrolment file and the fingerprint from its slip, then import the bundle again.</source>
        <translation>此数据包来自未在本终端登记的终端（{id}）。请先用该终端的登记文件和登记单上的指纹码进行登记，再重新导入数据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle {name} was changed or damaged after it was signed: its signature does not verify with the key of {id}, the installation it claims to come from. Nothing was read from it. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>数据包 {name} 在签名后被改动或已损坏：用其声称的来源终端 {id} 的密钥无法验证其签名。未从中读取任何内容。请从发送方电脑重新复制，或向对方索取新的数据包。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} is not a VillageDesk bundle. Choose a .vdbundle file exported by VillageDesk.</source>
        <translation>{name} 不是 VillageDesk 数据包。请选择由 VillageDesk 生成的 .vdbundle 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} is not a bundle of any VillageDesk version (its format number is {version}). Choose a .vdbundle file exported by VillageDesk.</source>
        <translation>{name} 不是任何版本 VillageDesk 的数据包（其格式编号为 {version}）。请选择由 VillageDesk 生成的 .vdbundle 文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The bundle {name} is damaged: its header length ({length} bytes) is outside the format&apos;s limits. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>数据包 {name} 已损坏：其包头长度（{length} 字节）超出格式允许的范围。请从发送方电脑重新复制，或向对方索取新的数据包。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the file changed after it was checked</source>
        <translation>文件在检查后被改动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ends {missing} bytes early, so it was probably not copied completely</source>
        <translation>文件提前 {missing} 字节结束，可能没有完整复制</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{extra} bytes follow the end of the payload</source>
        <translation>内容结束后多出 {extra} 字节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>part {index} of {count} has the wrong length</source>
        <translation>第 {index} 部分（共 {count} 部分）长度不对</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bytes follow the last part</source>
        <translation>最后一部分之后还有多余的字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decrypted contents do not match the signed hash</source>
        <translation>解密后的内容与签名中的哈希值不符</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>it was cut off after part {index}</source>
        <translation>文件在第 {index} 部分之后被截断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part {index} of {count} does not decrypt</source>
        <translation>第 {index} 部分（共 {count} 部分）无法解密</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The bundle written to {folder} does not read back as it was written: the disk or USB stick may be faulty. Nothing was recorded as sent. Try another USB stick, then export again.</source>
        <translation>写入 {folder} 的数据包读回时与写入的内容不一致：磁盘或U盘可能有故障。未记为已发送。请换一个U盘，再重新生成数据包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its encryption key is not usable</source>
        <translation>其加密密钥不可用</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The bundle {name} ends early ({size} bytes where its header needs at least {needed}). It was probably not copied completely: copy it again from the sending computer.</source>
        <translation>数据包 {name} 提前结束（只有 {size} 字节，而包头至少需要 {needed} 字节）。可能没有完整复制：请从发送方电脑重新复制。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The contents of the bundle {name} are damaged ({what}). Nothing was imported. Copy it again from the sending computer, or ask for a new bundle.</source>
        <translation>数据包 {name} 的内容已损坏（{what}）。未导入任何内容。请从发送方电脑重新复制，或向对方索取新的数据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The bundle {path} cannot be read: {reason}. If it is on a USB stick, check that the stick is in, then try again.</source>
        <translation>无法读取数据包 {path}：{reason}。如果它在U盘上，请检查U盘是否已插好，然后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing to {folder} failed: {reason}. The disk or USB stick may be full or was removed. Make room or put the stick back, then try again.</source>
        <translation>写入 {folder} 失败：{reason}。磁盘或U盘可能已满或已被拔出。请腾出空间或重新插入U盘，然后重试。</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/enrolment.py" line="-57"/>
        <source>The enrolment file could not be written to {path}: {reason}</source>
        <translation>登记文件无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The enrolment file {path} cannot be read: {reason}</source>
        <translation>无法读取登记文件 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is larger than 64 KB, so it is not an enrolment file. Choose the .vdenrol file exported by the other installation.</source>
        <translation>{name} 大于 64 KB，不是登记文件。请选择对方终端导出的 .vdenrol 文件。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fingerprint has 40 digits; {count} were typed. Type all eight groups of five digits from the enrolment slip.</source>
        <translation>指纹码共 40 位数字，已输入 {count} 位。请输入登记单上全部八组数字（每组五位）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The fingerprint typed does not match this enrolment file. Check the digits against the slip of {name}. If they are right, this file is not the one that installation made: do not enrol it, and ask for the file again.</source>
        <translation>输入的指纹码与此登记文件不符。请对照 {name} 的登记单核对数字。如果数字无误，说明此文件并非该终端生成的：请勿登记，并向对方重新索取登记文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} is not a VillageDesk enrolment file. Choose the .vdenrol file exported by the other installation.</source>
        <translation>{name} 不是 VillageDesk 登记文件。请选择对方终端导出的 .vdenrol 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This enrolment file was made by a newer VillageDesk (format {version}). Update VillageDesk on this computer, then import it again.</source>
        <translation>此登记文件由更新版本的 VillageDesk 生成（格式版本 {version}）。请先升级本机的 VillageDesk，再重新导入。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its format version is not valid</source>
        <translation>格式版本无效</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The enrolment file was changed after it was made: its signature does not match its contents. Do not enrol it; ask the other installation to export a new one.</source>
        <translation>登记文件在生成后被改动过：其签名与内容不符。请勿登记；请对方终端重新导出登记文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the installation id is not valid</source>
        <translation>终端标识无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the role is neither township nor county</source>
        <translation>级别既不是乡镇也不是县级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the installation name is empty or too long</source>
        <translation>终端名称为空或过长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the administrative unit is not valid</source>
        <translation>行政单位无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the creation time is not valid</source>
        <translation>生成时间无效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The enrolment file is damaged ({what}). Ask the other installation to export a new one.</source>
        <translation>登记文件已损坏（{what}）。请对方终端重新导出登记文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the field {field} is not valid</source>
        <translation>字段 {field} 无效</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/exporting.py" line="+59"/>
        <source>No installation {id} is enrolled here. Enrol it first with its enrolment file and the fingerprint from its slip.</source>
        <translation>本终端未登记终端 {id}。请先用其登记文件和登记单上的指纹码进行登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was revoked on {date}: no bundles are made for it.</source>
        <translation>{name} 已于 {date} 被吊销：不再为其生成数据包。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading changes…</source>
        <translation>正在读取更改…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Encrypting and writing the bundle…</source>
        <translation>正在加密并写入数据包…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The township {code} of {name} is not in this database, so there is nothing to send it yet. Import its first bundle, or add the township.</source>
        <translation>{name} 所属的乡镇 {code} 不在本数据库中，因此暂无可发送给它的内容。请导入其第一个数据包，或添加该乡镇。</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/importing.py" line="-135"/>
        <source>Checking and decrypting the bundle…</source>
        <translation>正在校验并解密数据包…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This bundle comes from {name}, whose key was revoked on {date}. Nothing was imported.</source>
        <translation>此数据包来自 {name}，其密钥已于 {date} 被吊销。未导入任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bundle {sequence} from this sender was already imported. Nothing was changed.</source>
        <translation>该发送方的第 {sequence} 号数据包已导入过。未做任何更改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warning: bundle {sequence} from {name} was imported before with different content. This file may have been altered, or {name}&apos;s database was restored from a backup. Nothing was imported; ask {name} for a full bundle.</source>
        <translation>警告：{name} 的第 {sequence} 号数据包此前已导入过，但内容不同。此文件可能被改动过，或 {name} 的数据库曾从备份中恢复。未导入任何内容；请向 {name} 索取完整数据包。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning: bundle {sequence} from {name} does not follow the bundle {previous} imported here. Nothing was imported; ask {name} for a full bundle.</source>
        <translation>警告：{name} 的第 {sequence} 号数据包与本终端已导入的第 {previous} 号数据包衔接不上。未导入任何内容；请向 {name} 索取完整数据包。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundle {sequence} from {name} builds on its bundle {since}, which has not been imported here. It is kept and will be imported after bundle {since}. If that bundle is lost, ask {name} for a full bundle.</source>
        <translation>{name} 的第 {sequence} 号数据包以其第 {since} 号数据包为基础，而后者尚未在本终端导入。此数据包已保留，将在第 {since} 号数据包导入后再导入。如果该数据包已丢失，请向 {name} 索取完整数据包。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The bundle holds a table this version does not know ({table}).</source>
        <translation>数据包中含有此版本无法识别的数据表（{table}）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle&apos;s tables are not in the order of the format.</source>
        <translation>数据包中数据表的顺序不符合格式规定。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bundle&apos;s contents do not match the counts in its signed header.</source>
        <translation>数据包的内容与已签名包头中的数量不符。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Record {id} appears twice in table {table}.</source>
        <translation>记录 {id} 在数据表 {table} 中出现了两次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comparing with this database…</source>
        <translation>正在与本数据库比对…</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/results.py" line="+15"/>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location filename="../desktop/services/sync/service.py" line="+97"/>
        <source>An installation is set up as a county or as a township.</source>
        <translation>终端只能设为县级或乡镇。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit&apos;s division code is made of digits.</source>
        <translation>单位的区划代码只能由数字组成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This installation has already exchanged bundles as a {mode}; it cannot change sides.</source>
        <translation>本终端已以 {mode} 身份交换过数据包，不能更改身份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no county with the code {code} here. Give its Chinese name to add it.</source>
        <translation>本数据库中没有代码为 {code} 的县。请填写该县的中文名称以添加该县。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The unit {code} ({name}) is not a {level}.</source>
        <translation>单位 {code}（{name}）不是{level}。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This is this installation&apos;s own enrolment file.</source>
        <translation>这是本终端自己的登记文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is set up as a {role} like this installation; a township enrols its county and a county its townships.</source>
        <translation>{name} 与本终端一样设为 {role}；乡镇只登记其所属的县，县只登记其所辖的乡镇。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../desktop/storage/sync_peers.py" line="+87"/>
        <source>No installation {id} is enrolled here.</source>
        <translation>本终端未登记终端 {id}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a county revokes an installation&apos;s key.</source>
        <translation>只有县级终端才能吊销终端的密钥。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_peers.py" line="+27"/>
        <location line="+3"/>
        <source>The bundle&apos;s list of revoked installations is malformed.</source>
        <translation>数据包中的已吊销终端列表格式有误。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync.py" line="+242"/>
        <source>There is no conflict {id}.</source>
        <translation>不存在冲突 {id}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The conflict {id} was resolved already.</source>
        <translation>冲突 {id} 已处理。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_checks.py" line="+49"/>
        <source>The record {id} of table {table} points in column {column} at the {target} record {value}, which is neither in this database nor in the bundle.</source>
        <translation>数据表 {table} 的记录 {id} 在 {column} 列中引用了 {target} 记录 {value}，但该记录既不在本数据库中，也不在数据包中。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The record {theirs} of table {table} in the bundle and the record {here} in this database both hold {key}: they were made separately on both sides. Delete or change one of them on its side, then exchange again.</source>
        <translation>数据包中数据表 {table} 的记录 {theirs} 与本数据库中的记录 {here} 都含有 {key}：它们是双方各自新建的。请在其中一方删除或修改其中一条，然后重新交换数据。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/sync_records.py" line="+69"/>
        <source>The bundle holds a table this program does not know: {table}.</source>
        <translation>数据包中含有本程序无法识别的数据表：{table}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The record {id} of table {table} has an invalid value in column {column}.</source>
        <translation>数据表 {table} 的记录 {id} 在 {column} 列中的值无效。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A record of table {table} is not an object.</source>
        <translation>数据表 {table} 中有一条记录不是对象。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The record {id} of table {table} does not have the columns of its table (missing: {missing}; unknown: {unknown}).</source>
        <translation>数据表 {table} 的记录 {id} 与该表的列不符（缺少：{missing}；未知：{unknown}）。</translation>
    </message>
    <message>
        <location filename="_missed_by_lupdate.py" line="+1"/>
        <source>Enrolment slip</source>
        <translation>登记单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed by (signature)</source>
        <translation>打印人（签名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by, at the other installation (signature)</source>
        <translation>对方终端核对人（签名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation name</source>
        <translation>终端名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as</source>
        <translation>设为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation id</source>
        <translation>终端标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>指纹码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare these digits with the screen of the other installation before enrolling.</source>
        <translation>登记前，请将这些数字与对方终端屏幕上显示的数字进行核对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this slip apart from the enrolment file: the other side types these digits, so a file changed on the way is refused.</source>
        <translation>请将本登记单与登记文件分开传递：对方需手工输入这些数字，这样途中被改动过的文件会被拒绝。</translation>
    </message>
</context>
<context>
    <name>SyncCountsModel</name>
    <message>
        <location filename="../desktop/ui/sync_counts_model.py" line="+96"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{same} the same here, {older} older than the version here, {merged} the same change made on both sides</source>
        <translation>{same} 条与本地相同，{older} 条比本地版本旧，{merged} 条为双方所做的相同修改</translation>
    </message>
</context>
<context>
    <name>SyncExportDialog</name>
    <message>
        <location filename="../desktop/ui/sync_export_dialog.py" line="+148"/>
        <source>No installation is enrolled here yet. Enrol the other side first (Exchange → Enrol an installation…).</source>
        <translation>本终端尚未登记任何终端。请先登记对方（数据交换 → 登记终端…）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last bundle made for it: No. {sequence}, {when}; it has imported ours up to No. {acked}.</source>
        <translation>最近为其生成的数据包：第 {sequence} 号，{when}；对方已导入我方第 {acked} 号及之前的数据包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last bundle made for it: No. {sequence}, {when}; it has not said yet that it imported one.</source>
        <translation>上次为其生成的数据包：第 {sequence} 号，{when}；对方尚未告知已导入任何数据包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No bundle was made for it yet: the first one holds every record.</source>
        <translation>尚未为其生成过数据包：第一个数据包将包含全部记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last bundle imported from it: No. {sequence}, {when}.</source>
        <translation>最近从其导入的数据包：第 {sequence} 号，{when}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing imported from it yet.</source>
        <translation>尚未从其导入任何数据包。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+16"/>
        <location line="+59"/>
        <location line="+7"/>
        <source>Make bundle</source>
        <translation>生成数据包</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>VillageDesk bundles (*.vdbundle)</source>
        <translation>VillageDesk 数据包 (*.vdbundle)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{file} is there already. Replace it?</source>
        <translation>{file} 已存在。是否替换？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Making the bundle for {name}…</source>
        <translation>正在为 {name} 生成数据包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the bundle…</source>
        <translation>正在生成数据包…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bundle was made: {reason}</source>
        <translation>未生成数据包：{reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. No bundle was made.</source>
        <translation>已取消，未生成数据包。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every record</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the changes after bundle {since}</source>
        <translation>第 {since} 号数据包之后的变化</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundle {sequence} for {name} is written ({what}): {rows} records, {files} files, {size}.
{path}</source>
        <translation>已为 {name} 生成第 {sequence} 号数据包（{what}）：{rows} 条记录，{files} 个文件，{size}。
{path}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Send to</source>
        <translation>发送给</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full bundle</source>
        <translation>完整数据包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record again, not only the changes since the last bundle it imported. For a new installation, or when a bundle was lost.</source>
        <translation>重新发送全部记录，而不只是对方上次导入的数据包以来的变化。适用于新终端，或有数据包丢失时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SyncImportDialog</name>
    <message>
        <location filename="../desktop/ui/sync_import_dialog.py" line="+129"/>
        <location line="+118"/>
        <source>Import bundle</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>VillageDesk bundles (*.vdbundle);;All files (*)</source>
        <translation>VillageDesk 数据包 (*.vdbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking {file}…</source>
        <translation>正在检查 {file}…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking the bundle…</source>
        <translation>正在检查数据包…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking was cancelled. Nothing was imported.</source>
        <translation>检查已取消，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{file} was refused: {reason}</source>
        <translation>{file} 被拒收：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing the bundle…</source>
        <translation>正在导入数据包…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled. Nothing was imported.</source>
        <translation>已取消，未导入任何内容。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The bundle was not imported: {reason}</source>
        <translation>数据包未导入：{reason}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Bundle file</source>
        <translation>数据包文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SyncImportSummary</name>
    <message>
        <location filename="../desktop/ui/sync_import_summary.py" line="+145"/>
        <source>{name} ({role} {unit})</source>
        <translation>{name}（{role} {unit}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No. {sequence}, made {when}, with the changes after its bundle {since}</source>
        <translation>第 {sequence} 号，生成于 {when}，包含其第 {since} 号数据包之后的变化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No. {sequence}, made {when}, a full bundle (every record)</source>
        <translation>第 {sequence} 号，生成于 {when}，完整数据包（全部记录）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; files attached: {files}</source>
        <translation>；附件：{files} 个</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This bundle was already imported. Nothing was changed.</source>
        <translation>此数据包已导入过，未做任何更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This bundle waits for an earlier one.</source>
        <translation>此数据包需等待更早的数据包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported. The changes are saved in this database.</source>
        <translation>已导入，变化已保存到本数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also imported bundle {sequence}, which was waiting for this one ({written} records written).</source>
        <translation>同时导入了一直在等待本数据包的第 {sequence} 号数据包（写入 {written} 条记录）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This bundle changes nothing here. Import it anyway so that {name} learns it arrived.</source>
        <translation>此数据包不会改变本终端的任何内容。仍请导入，以便 {name} 得知数据包已送达。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bundle {number} from {name} never arrived here. This bundle carries its changes too, so nothing is lost.</source>
        <translation>来自 {name} 的第 {number} 号数据包始终未送达本终端。本数据包也包含其中的变化，因此不会有任何遗漏。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundles {numbers} from {name} never arrived here. This bundle carries their changes too, so nothing is lost.</source>
        <translation>来自 {name} 的第 {numbers} 号数据包始终未送达本终端。本数据包也包含这些数据包的变化，因此不会有任何遗漏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Written: {new} new, {changed} changed, {deleted} deleted, {conflict} conflicts; {unchanged} unchanged.</source>
        <translation>已写入：新增 {new} 条，修改 {changed} 条，删除 {deleted} 条，冲突 {conflict} 条；未变 {unchanged} 条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import would write {new} new, {changed} changed, {deleted} deleted and {conflict} conflicts; {unchanged} unchanged. Nothing is written before you press Import.</source>
        <translation>导入将写入：新增 {new} 条，修改 {changed} 条，删除 {deleted} 条，冲突 {conflict} 条；未变 {unchanged} 条。点击“导入”前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The version here</source>
        <translation>本终端的版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The version from {name}</source>
        <translation>{name} 的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version from installation {id}</source>
        <translation>终端 {id} 的版本</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>By table</source>
        <translation>按数据表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By village ({count})</source>
        <translation>按村（{count}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts ({count})</source>
        <translation>冲突（{count}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>From</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle</source>
        <translation>数据包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>记录类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version that stays</source>
        <translation>保留的版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../desktop/ui/sync_menu.py" line="+68"/>
        <source>E&amp;xchange</source>
        <translation>数据交换(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make bundle…</source>
        <translation>生成数据包…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import bundle…</source>
        <translation>导入数据包…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts ({count})…</source>
        <translation>冲突（{count}）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts…</source>
        <translation>冲突…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This installation…</source>
        <translation>本终端…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol an installation…</source>
        <translation>登记终端…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Townships…</source>
        <translation>乡镇…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installations…</source>
        <translation>终端…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up as county or township…</source>
        <translation>设为县级或乡镇…</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <location filename="../desktop/ui/sync_words.py" line="+20"/>
        <source>Administrative units</source>
        <translation>行政区划单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist templates</source>
        <translation>检查清单模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning policies</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villages</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collective income</source>
        <translation>集体经济收入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village ratings</source>
        <translation>村评定等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection answers</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspection evidence</source>
        <translation>检查佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village warnings</source>
        <translation>村预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem history</source>
        <translation>问题变更记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem evidence</source>
        <translation>问题佐证材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans</source>
        <translation>一村一策方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan items</source>
        <translation>方案条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan history</source>
        <translation>方案流转记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support activities</source>
        <translation>帮扶活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance reviews</source>
        <translation>验收评定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The side that owns these records decides</source>
        <translation>由这些记录的所属方决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The later change stays</source>
        <translation>保留较晚的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: the version edited more often stays</source>
        <translation>同时修改：保留修改次数较多的版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: decided by installation number</source>
        <translation>同时修改：按终端编号决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at the same time: decided by content</source>
        <translation>同时修改：按内容决定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>county</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name (Chinese)</source>
        <translation>名称（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Tibetan)</source>
        <translation>名称（藏文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party organisation</source>
        <translation>党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weaknesses</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paired unit</source>
        <translation>结对帮扶单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term from</source>
        <translation>任期开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term to</source>
        <translation>任期结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(blank)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../desktop/ui/task_runner.py" line="+56"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../desktop/core/terms.py" line="+68"/>
        <source>Prefecture or city</source>
        <translation>州（市）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County or district</source>
        <translation>县（区）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township or town</source>
        <translation>乡（镇、街道）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Township</source>
        <translation>乡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Town</source>
        <translation>镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-district</source>
        <translation>街道</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Party branch</source>
        <translation>党支部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party general branch</source>
        <translation>党总支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party committee</source>
        <translation>党委</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advanced</source>
        <translation>先进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backward</source>
        <translation>后进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Soft: weak leadership team</source>
        <translation>软：班子软弱无力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disorderly: disputes and petitions</source>
        <translation>乱：矛盾纠纷多、信访多发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lax: disorderly management, finances not public</source>
        <translation>散：管理混乱、财务不公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak: weak collective economy</source>
        <translation>弱：集体经济薄弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor: villagers in poverty</source>
        <translation>穷：群众生活困难</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Soft</source>
        <translation>软</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disorderly</source>
        <translation>乱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lax</source>
        <translation>散</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poor</source>
        <translation>穷</translation>
    </message>
    <message>
        <location filename="../desktop/core/inspection_terms.py" line="+27"/>
        <source>Curb corruption</source>
        <translation>治贪</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb falsehood</source>
        <translation>治假</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb sloth</source>
        <translation>治懒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb mediocrity</source>
        <translation>治庸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb softness</source>
        <translation>治软</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb poverty</source>
        <translation>治穷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb disorder</source>
        <translation>治乱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curb laxity</source>
        <translation>治散</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Yes or no</source>
        <translation>是否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>分级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number with bands</source>
        <translation>分档数值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Village Party organisation</source>
        <translation>村党组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township Party committee</source>
        <translation>乡镇党委</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-month warning review</source>
        <translation>半月预警评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One-off screening</source>
        <translation>专项排查</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalised</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Class 1</source>
        <translation>一类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 2</source>
        <translation>二类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class 3</source>
        <translation>三类</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+32"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Primary school or below</source>
        <translation>小学及以下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Junior secondary</source>
        <translation>初中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior secondary or vocational</source>
        <translation>高中（中专）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>College</source>
        <translation>大专</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bachelor&apos;s degree</source>
        <translation>本科</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postgraduate</source>
        <translation>研究生</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tibetan ethnicity</source>
        <translation>藏族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Han ethnicity</source>
        <translation>汉族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hui ethnicity</source>
        <translation>回族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qiang ethnicity</source>
        <translation>羌族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yi ethnicity</source>
        <translation>彝族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongol ethnicity</source>
        <translation>蒙古族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tu ethnicity</source>
        <translation>土族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naxi ethnicity</source>
        <translation>纳西族</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other ethnicity</source>
        <translation>其他民族</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Village Party branch committee</source>
        <translation>村党组织委员会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee</source>
        <translation>村民委员会</translation>
    </message>
    <message>
        <location filename="../desktop/core/ledger_terms.py" line="+32"/>
        <source>Open</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solved, awaiting check</source>
        <translation>已解决待核查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed out</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>反复回潮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Solved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Inspection item</source>
        <translation>排查指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition</source>
        <translation>信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision visit</source>
        <translation>督查暗访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County instruction</source>
        <translation>县级交办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other source</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Political belief</source>
        <translation>政治信仰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team building</source>
        <translation>队伍建设</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development measures</source>
        <translation>发展举措</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livelihood</source>
        <translation>民生改善</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social stability</source>
        <translation>社会稳定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operating mechanism</source>
        <translation>运行机制</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ideals and convictions</source>
        <translation>理想信念</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Political stance</source>
        <translation>政治立场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Religious affairs and anti-separatism</source>
        <translation>宗教事务管理和反分裂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicity and education</source>
        <translation>宣传教育</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leadership team structure</source>
        <translation>班子结构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary&apos;s ability</source>
        <translation>书记能力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party membership</source>
        <translation>党员队伍</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Reserve cadres</source>
        <translation>后备干部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry development</source>
        <translation>产业发展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project implementation</source>
        <translation>项目实施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support delivered</source>
        <translation>帮扶落实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; income</source>
        <translation>群众增收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public services</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Infrastructure</source>
        <translation>基础设施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers in hardship</source>
        <translation>困难群众</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts and disputes</source>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions</source>
        <translation>信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public order</source>
        <translation>社会治安</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emergencies</source>
        <translation>突发事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisational life</source>
        <translation>组织生活（三会一课）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Democratic decision-making</source>
        <translation>民主决策（四议两公开）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Openness of Party, village and financial affairs</source>
        <translation>三务公开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules and systems</source>
        <translation>制度建设</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Plan draft</source>
        <translation>方案草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed by village meeting</source>
        <translation>村民代表会议已审议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to county</source>
        <translation>已报县委组织部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned for revision</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Drafted by the township Party committee</source>
        <translation>乡镇党委提方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village representatives&apos; meeting</source>
        <translation>村民代表会议审议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to the county organisation department</source>
        <translation>报县委组织部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned by the county</source>
        <translation>县委组织部退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the county</source>
        <translation>县委组织部审定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised as a new round</source>
        <translation>修改后重新提交（新一轮）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Visit</source>
        <translation>走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced supervision visit</source>
        <translation>督查（明查）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unannounced supervision visit</source>
        <translation>暗访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-to-heart talk</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petition resolved</source>
        <translation>化解信访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute resolved</source>
        <translation>调处矛盾纠纷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadre replaced</source>
        <translation>调整村干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First secretary&apos;s monthly report</source>
        <translation>第一书记月述职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly assessment</source>
        <translation>季度考评（满意度测评）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team withdrawn</source>
        <translation>驻村工作队撤离</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Township first review</source>
        <translation>乡镇党委初评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County organisation department second review</source>
        <translation>县委组织部复评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County committee final review</source>
        <translation>县委常委会终评</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Under rectification</source>
        <translation>整顿中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Converted</source>
        <translation>已转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not converted</source>
        <translation>未转化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidating</source>
        <translation>巩固提升</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <location line="+68"/>
        <source>Support</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Party branch secretary</source>
        <translation>村党组织书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy branch secretary</source>
        <translation>村党组织副书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch committee member</source>
        <translation>支部委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee director</source>
        <translation>村委会主任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deputy director</source>
        <translation>村委会副主任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Villagers&apos; committee member</source>
        <translation>村委委员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve cadre</source>
        <translation>后备干部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First secretary</source>
        <translation>第一书记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team leader</source>
        <translation>驻村工作队队长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work team member</source>
        <translation>驻村工作队队员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact county leader</source>
        <translation>联系县领导</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township liaison cadre</source>
        <translation>包村干部</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Village file</source>
        <translation>村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-inspection</source>
        <translation>自查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification</source>
        <translation>整顿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem ledger</source>
        <translation>问题台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close out</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work team</source>
        <translation>驻村工作队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync bundle</source>
        <translation>同步包</translation>
    </message>
    <message>
        <location filename="../desktop/core/ledger_terms.py" line="-141"/>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Collective economy</source>
        <translation>集体经济</translation>
    </message>
    <message>
        <location filename="../desktop/core/terms.py" line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
</context>
<context>
    <name>TilePanel</name>
    <message>
        <location filename="../desktop/ui/dashboard_tiles.py" line="+104"/>
        <source>{amount} ten-thousand yuan</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} yuan</source>
        <translation>{amount} 元</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Villages and plans</source>
        <translation>村与方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support work</source>
        <translation>帮扶工作</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Problems found</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{closed} closed out</source>
        <translation>已销号 {closed} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems solved</source>
        <translation>已解决问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{share} % of those found</source>
        <translation>占发现问题的 {share}%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still open</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open, in progress or reopened</source>
        <translation>待整改、整改中或反复回潮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open past their deadline</source>
        <translation>超过整改时限仍未解决</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue or due within {days} days</source>
        <translation>已超期或 {days} 天内到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{soon} not yet overdue</source>
        <translation>其中 {soon} 个尚未超期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened (came back)</source>
        <translation>反复回潮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{now} reopened now</source>
        <translation>目前仍处于回潮的 {now} 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Villages in the campaign</source>
        <translation>整顿村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} under rectification</source>
        <translation>整顿中 {count} 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Villages converted</source>
        <translation>已转化村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} consolidating, team withdrawn</source>
        <translation>巩固提升 {count} 个（驻村工作队已撤离）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Village plans approved</source>
        <translation>一村一策已审定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of {count} villages</source>
        <translation>共 {count} 个村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plans returned at least once</source>
        <translation>曾被退回的方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} awaiting revision now</source>
        <translation>目前待修改 {count} 个</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click to list the villages these entries are for.</source>
        <translation>点击列出这些记录涉及的村。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Support funds</source>
        <translation>帮扶资金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entries</source>
        <translation>{count} 条记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>worth {amount}</source>
        <translation>金额 {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heart-to-heart talks</source>
        <translation>谈心谈话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{people} people trained</source>
        <translation>培训 {people} 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision visits</source>
        <translation>督查暗访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} unannounced</source>
        <translation>其中暗访 {count} 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Petitions and disputes resolved</source>
        <translation>化解信访和矛盾纠纷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadres replaced</source>
        <translation>调整村干部</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../desktop/ui/trend_chart.py" line="+228"/>
        <source>{period}: {score} ({colour})</source>
        <translation>{period}：得分 {score}（{colour}）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../desktop/ui/unlock_dialog.py" line="+173"/>
        <source>Too many wrong passwords. You can try again in {wait}.</source>
        <translation>密码错误次数过多。请在 {wait} 后重试。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>You can try again now.</source>
        <translation>现在可以重试了。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open the encrypted database — VillageDesk</source>
        <translation>打开已加密的数据库 — VillageDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to open the database</source>
        <translation>登录以打开数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database {name} is encrypted: it opens with your login and password.</source>
        <translation>数据库 {name} 已加密：需用您的登录名和密码打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot every password? Use the recovery key</source>
        <translation>忘记了所有密码？使用恢复密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <location filename="../desktop/services/workspace.py" line="+137"/>
        <source>This database was upgraded from schema {old} to {new} for VillageDesk {version}.</source>
        <translation>为适配 VillageDesk {version}，此数据库的结构已从 {old} 升级到 {new}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database was upgraded from schema {old} to {new} for VillageDesk {version}; a backup of it was kept first: {path}</source>
        <translation>为适配 VillageDesk {version}，此数据库的结构已从 {old} 升级到 {new}；升级前已保留一份备份：{path}</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <location filename="../desktop/ui/upgrade_notice.py" line="+21"/>
        <source>Database upgraded</source>
        <translation>数据库已升级</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../desktop/ui/user_dialog.py" line="+125"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+1"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit user {login}</source>
        <translation>编辑用户 {login}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password again</source>
        <translation>确认密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letters and digits, e.g. zhaxi</source>
        <translation>字母和数字，如 zhaxi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Must choose their own password at the first sign-in</source>
        <translation>首次登录时须自行设置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enters and edits village files, people, inspections, problems, plan drafts and the support log; imports rosters.</source>
        <translation>录入和编辑村档案、人员、检查、问题、方案草稿和帮扶记录；导入花名册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a clerk does, and submits plans, closes out problems, makes and imports bundles, resolves conflicts.</source>
        <translation>具备录入员的全部权限，并可提交方案、问题销号、生成和导入数据包、处理冲突。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The county: reviews, returns and approves plans, rates villages, records acceptance, sets the warning policy and templates.</source>
        <translation>县级：审核、退回和审批方案，评定村等级，录入验收结果，设置预警规则和模板。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manages user accounts, settings, the installation and backups.</source>
        <translation>管理用户账户、设置、安装和备份。</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../desktop/ui/user_table_model.py" line="+55"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last signed in</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>never</source>
        <translation>从未登录</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked after wrong passwords until {time}</source>
        <translation>密码多次输错，锁定至 {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Must choose a new password</source>
        <translation>须设置新密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <location filename="../desktop/ui/users_window.py" line="+135"/>
        <source>The database is encrypted, and these accounts have no key to open it yet: {logins}. Reset their password (Reset password…) to give them one, then tell them the new password.</source>
        <translation>数据库已加密，以下账户还没有打开它的密钥：{logins}。请重置其密码（重置密码…）为其生成密钥，再把新密码告诉本人。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Disable user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable {name} ({login})? They can no longer sign in; what they did stays in the history under their name.</source>
        <translation>停用 {name}（{login}）？停用后不能再登录；其所做的操作仍以其名义保留在修改记录中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who may sign in to this database, and what each may do. Accounts are not deleted: a disabled account cannot sign in, and the history keeps its name.</source>
        <translation>哪些人可以登录本数据库，以及各自可以做什么。账户不会被删除：已停用的账户不能登录，修改记录中仍保留其名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add user…</source>
        <translation>添加用户…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../desktop/services/villages.py" line="+96"/>
        <source>Another village already has this code: {name}.</source>
        <translation>已有其他村使用此代码：{name}。</translation>
    </message>
    <message>
        <location filename="../desktop/core/validation.py" line="+49"/>
        <source>The division code may contain digits only.</source>
        <translation>区划代码只能包含数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The division code has 12 digits; this one has {count}.</source>
        <translation>区划代码为 12 位，此代码为 {count} 位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This code is not in the township: its first 9 digits should be {prefix}.</source>
        <translation>此代码不属于该乡镇：前 9 位应为 {prefix}。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+97"/>
        <source>Enter a whole number, such as 1250.</source>
        <translation>请输入整数，例如 1250。</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+39"/>
        <source>That is more than {maximum}.</source>
        <translation>超过了 {maximum}。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Enter a year such as 2025.</source>
        <translation>请输入年份，例如 2025。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The year must be between {first} and {last}.</source>
        <translation>年份必须在 {first} 到 {last} 之间。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter an amount in yuan, such as 48000 or 4.8万.</source>
        <translation>请输入金额（元），例如 48000 或 4.8万。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a date such as 2026-03-15.</source>
        <translation>请输入日期，例如 2026-03-15。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no such day: {text}.</source>
        <translation>没有这一天：{text}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter an 11-digit mobile number or a landline number with its area code.</source>
        <translation>请输入 11 位手机号码，或带区号的固定电话号码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The birth year must be between {first} and {last}.</source>
        <translation>出生年份必须在 {first} 到 {last} 之间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the village name in Chinese or in Tibetan.</source>
        <translation>请输入村的汉文或藏文名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the township the village belongs to.</source>
        <translation>请选择该村所属的乡镇。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>More households ({households}) than people ({population}).</source>
        <translation>户数（{households}）多于人口（{population}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More Party members ({members}) than people ({population}).</source>
        <translation>党员数（{members}）多于人口（{population}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A village cannot be paired with itself.</source>
        <translation>村不能与自身结对。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the name in Chinese or in Tibetan.</source>
        <translation>请输入汉文或藏文姓名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The term cannot end before it starts.</source>
        <translation>任期结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The income of {year} is entered twice.</source>
        <translation>{year} 年的收入填写了两次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The post has no person.</source>
        <translation>该职务没有对应的人员。</translation>
    </message>
</context>
<context>
    <name>VillageFileDialog</name>
    <message>
        <location filename="../desktop/ui/village_file_dialog.py" line="+163"/>
        <location line="+10"/>
        <location line="+4"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+10"/>
        <source>Correct the marked fields first:
{problems}</source>
        <translation>请先改正标出的项目：
{problems}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village file {name} has changes that are not saved. Save them?</source>
        <translation>村档案“{name}”有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New village</source>
        <translation>新建村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{village_file}: {name}</source>
        <translation>{village_file}：{name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Basic facts</source>
        <translation>基本情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People and posts</source>
        <translation>人员与职务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>帮扶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print plan form…</source>
        <translation>打印一村一策表…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village dossier…</source>
        <translation>打印村档案…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../desktop/ui/village_campaign_tabs.py" line="+59"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village plan</source>
        <translation>一村一策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support log</source>
        <translation>帮扶记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
</context>
<context>
    <name>VillageFilterBar</name>
    <message>
        <location filename="../desktop/ui/village_filter_bar.py" line="+86"/>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All ratings</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rated</source>
        <translation>未评定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All warnings</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No warning</source>
        <translation>无预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All weakness types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search name (Chinese, Tibetan, pinyin) or code</source>
        <translation>搜索名称（汉文、藏文、拼音）或代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and all filters</source>
        <translation>清除搜索和全部筛选</translation>
    </message>
</context>
<context>
    <name>VillageListDialog</name>
    <message>
        <location filename="../desktop/ui/village_list_dialog.py" line="+106"/>
        <source>No plan yet</source>
        <translation>暂无方案</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{figure}: {count} villages</source>
        <translation>{figure}：{count} 个村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign status</source>
        <translation>整顿状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open village file</source>
        <translation>打开村档案</translation>
    </message>
</context>
<context>
    <name>VillageTableModel</name>
    <message>
        <location filename="../desktop/ui/village_table_model.py" line="+208"/>
        <source>Division code</source>
        <translation>区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Chinese)</source>
        <translation>汉文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Tibetan)</source>
        <translation>藏文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population</source>
        <translation>人口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party members</source>
        <translation>党员数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
</context>
<context>
    <name>WarningGridModel</name>
    <message>
        <location filename="../desktop/ui/warning_grid_model.py" line="+200"/>
        <source>{village}, {period}: no warning</source>
        <translation>{village}，{period}：无预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{village}, {period}
{colour}, score {score}</source>
        <translation>{village}，{period}
{colour}，得分 {score}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>! A veto item failed: red whatever the score.</source>
        <translation>！有一票否决项未达标：无论得分多少均为红色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Double-click to open the inspection</source>
        <translation>双击打开检查</translation>
    </message>
</context>
<context>
    <name>WarningOverview</name>
    <message>
        <location filename="../desktop/ui/warning_overview.py" line="+172"/>
        <location line="+226"/>
        <source>All townships</source>
        <translation>全部乡镇</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Half-months</source>
        <translation>半月</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>Select a village to see its trend.</source>
        <translation>选择一个村以查看其走势。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score per period: {village}</source>
        <translation>各期得分：{village}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colours by quota: top {first} % green, next {second} % yellow, bottom {third} % red.</source>
        <translation>按比例定色：前 {first}% 为绿色，其后 {second}% 为黄色，最后 {third}% 为红色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Red below {red}, green from {green}, yellow in between.</source>
        <translation>低于 {red} 为红色，{green} 及以上为绿色，介于两者之间为黄色。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Warnings by period</source>
        <translation>各期预警情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods</source>
        <translation>周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show last</source>
        <translation>显示最近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> periods</source>
        <translation> 期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate village…</source>
        <translation>评定村等级…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No scores yet</source>
        <translation>暂无得分</translation>
    </message>
</context>
<context>
    <name>WarningPolicyDialog</name>
    <message>
        <location filename="../desktop/ui/warning_policy_dialog.py" line="+135"/>
        <location line="+95"/>
        <source>This installation&apos;s default</source>
        <translation>本机默认设置</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Red below must not be above green from.</source>
        <translation>红色线不得高于绿色线。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The three shares add up to {total} %; they must add up to 100 %.</source>
        <translation>三个等次的比例之和为 {total}%，须为 100%。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Villages are ranked by score in their county: the top {first} % are green, the next {second} % yellow and the bottom {third} % red; failing a veto indicator makes a village red.</source>
        <translation>各村在本县内按得分排名：前 {first}% 为绿色，其后 {second}% 为黄色，最后 {third}% 为红色；一票否决指标不达标的村为红色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A score below {red} is red, from {green} green and in between yellow; failing a veto indicator makes a village red. Quota classes ({first} / {second} / {third} %) are reported beside the colour.</source>
        <translation>得分低于 {red} 为红色，{green} 及以上为绿色，介于两者之间为黄色；一票否决指标不达标的村为红色。比例等次（{first} / {second} / {third}%）与颜色一并列出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>change the warning policy of {county}</source>
        <translation>修改{county}的预警规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning policy</source>
        <translation>预警规则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County</source>
        <translation>县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour by</source>
        <translation>定色方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota classes</source>
        <translation>比例等次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score thresholds</source>
        <translation>按得分阈值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>按比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red below</source>
        <translation>红色线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green from</source>
        <translation>绿色线</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The policy applies to inspections finalised from now on; warnings already given keep their colour.</source>
        <translation>规则适用于今后定稿的检查；已发布的预警保持原颜色不变。</translation>
    </message>
</context>
<context>
    <name>WarningSummary</name>
    <message>
        <location filename="../desktop/ui/warning_summary.py" line="+48"/>
        <source>No warnings have been recorded for these villages yet.</source>
        <translation>这些村尚无预警记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{colour}: {count} villages</source>
        <translation>{colour}：{count} 个村</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no warning: {count} villages</source>
        <translation>无预警：{count} 个村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{period}:</source>
        <translation>{period}：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Since {period}:</source>
        <translation>与{period}相比：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no village changed colour.</source>
        <translation>没有村的预警颜色发生变化。</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../desktop/core/warnings.py" line="+39"/>
        <source>Thresholds must satisfy 0 ≤ red below ≤ green from ≤ 100.</source>
        <translation>阈值须满足 0 ≤ 红色线 ≤ 绿色线 ≤ 100。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The three class shares must add up to 100 %.</source>
        <translation>三个等次的比例之和须为 100%。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>{count} villages from {before} to {after}</source>
        <translation>{count} 个村由{before}转{after}</translation>
    </message>
</context>
</TS>
