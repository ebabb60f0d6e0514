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
        <location filename="../desktop/services/attachments.py" line="+40"/>
        <source>{name} is larger than {limit} MB; attach a smaller file.</source>
        <translation>{name} 超过 {limit} MB，请附加较小的文件。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot attach {name}: {reason}</source>
        <translation>无法附加 {name}：{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot save the attachment to {path}: {reason}</source>
        <translation>无法将附件保存到 {path}：{reason}</translation>
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
        <location filename="../desktop/cli/problem_commands.py" line="+135"/>
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
        <location filename="../desktop/cli/problem_commands.py" line="-52"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <source>Villages</source>
        <translation>村数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../desktop/cli/problem_commands.py" line="+39"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../desktop/cli/problem_commands.py" line="+4"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../desktop/cli/parser.py" line="+19"/>
        <source>database file (default: the last one opened, else one in your data folder)</source>
        <translation>数据库文件（默认：上次打开的数据库，否则为数据文件夹中的数据库）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>language of messages and labels (default: the one chosen in the app)</source>
        <translation>提示和标签的语言（默认：程序中所选的语言）</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location filename="../desktop/cli/campaign_parser.py" line="+28"/>
        <location filename="../desktop/cli/parser.py" line="+1"/>
        <location line="+3"/>
        <location line="+10"/>
        <location line="+19"/>
        <location line="+6"/>
        <source>print JSON for scripts</source>
        <translation>输出供脚本使用的 JSON</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+45"/>
        <source>responsible leader</source>
        <translation>责任领导</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+45"/>
        <source>responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>list problems, with the counts</source>
        <translation>列出问题，并显示统计数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>any of these types</source>
        <translation>属于其中任一类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of the responsible leader&apos;s or person&apos;s name</source>
        <translation>责任领导或责任人姓名的一部分</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
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
        <location filename="../desktop/cli/parser.py" line="-37"/>
        <source>show one village file</source>
        <translation>查看一个村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 12-digit division code (or the village&apos;s id)</source>
        <translation>12 位区划代码（或村的 id）</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../desktop/cli/problem_commands.py" line="-37"/>
        <location line="+39"/>
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
        <location line="+1"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../desktop/cli/problem_commands.py" line="-85"/>
        <source>Problem recorded: {id}</source>
        <translation>问题已登记：{id}</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+38"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>Aspect</source>
        <translation>方面</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+39"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+48"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+45"/>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+46"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Problem {id}: {before} → {after}.</source>
        <translation>问题 {id}：{before} → {after}。</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+13"/>
        <source>{count} problems put on the ledger.</source>
        <translation>已将 {count} 个问题登记到问题台账。</translation>
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
        <location line="+57"/>
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
        <location filename="../desktop/services/checklist_excel.py" line="+68"/>
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
        <location filename="../desktop/services/checklists.py" line="+38"/>
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
        <location line="+56"/>
        <source>There is no checklist template {key}. `villagedesk checklist list` shows them.</source>
        <translation>没有检查清单模板 {key}。`villagedesk checklist list` 可列出全部模板。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no checklist template {key}.</source>
        <translation>没有检查清单模板 {key}。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Cannot read {path}: {reason}</source>
        <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>DashboardWindow</name>
    <message>
        <location filename="../desktop/ui/dashboard_window.py" line="+160"/>
        <location line="+147"/>
        <source>All villages</source>
        <translation>全部村</translation>
    </message>
    <message>
        <location line="-88"/>
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
        <location filename="../desktop/services/changes.py" line="+22"/>
        <source>There is no such change to undo.</source>
        <translation>没有可撤销的该项修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspections have been made with this checklist template since; it cannot be undone.</source>
        <translation>此后已有检查使用这个检查清单模板，无法撤销。</translation>
    </message>
    <message>
        <location filename="../desktop/storage/database.py" line="+63"/>
        <source>There is no database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+27"/>
        <source>{path} is not a VillageDesk database (or it is damaged).</source>
        <translation>{path} 不是 VillageDesk 数据库（或已损坏）。</translation>
    </message>
    <message>
        <location line="+3"/>
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
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../desktop/ui/inspection_evidence.py" line="+35"/>
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
    <message>
        <location line="+18"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file {file} cannot be read: {reason}</source>
        <translation>无法读取文件 {file}：{reason}</translation>
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
    <name>FigureTile</name>
    <message>
        <location filename="../desktop/ui/dashboard_tiles.py" line="+84"/>
        <source>Click to list them.</source>
        <translation>点击列出明细。</translation>
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
        <location filename="../desktop/ui/inspection_dialog.py" line="+390"/>
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
        <location line="+49"/>
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
        <location line="+85"/>
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
        <location filename="../desktop/core/ledger.py" line="+58"/>
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
        <location line="+54"/>
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
        <location line="+17"/>
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
        <location filename="../desktop/ui/ledger_window.py" line="+189"/>
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
        <location line="+103"/>
        <source>Delete village</source>
        <translation>删除村</translation>
    </message>
    <message>
        <location line="-102"/>
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
        <location filename="../desktop/ui/about_box.py" line="+14"/>
        <location filename="../desktop/ui/main_window.py" line="+1"/>
        <source>About VillageDesk</source>
        <translation>关于 VillageDesk</translation>
    </message>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+24"/>
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
        <location line="+73"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Redo {action}</source>
        <translation>重做{action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+16"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>VillageDesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>VillageDesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Demo data added: {villages} villages, {people} people.</source>
        <translation>已加入演示数据：{villages} 个村、{people} 人。</translation>
    </message>
    <message>
        <location filename="../desktop/ui/about_box.py" line="+1"/>
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
        <location filename="../desktop/ui/plan_editor.py" line="+190"/>
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
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What will be done</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measures</source>
        <translation>整改措施</translation>
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
        <source>Village representatives&apos; meeting</source>
        <translation>村民代表会议审议</translation>
    </message>
    <message>
        <location line="+1"/>
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
    <name>ProblemDialog</name>
    <message>
        <location filename="../desktop/ui/problem_dialog.py" line="+117"/>
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
        <location line="+31"/>
        <source>New problem</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem: {problem}</source>
        <translation>问题：{problem}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add to the ledger</source>
        <translation>列入台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
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
        <location line="+53"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../desktop/ui/village_file_dialog.py" line="+147"/>
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
        <location line="+50"/>
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
