<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <location line="+31"/>
        <location line="+58"/>
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
        <location line="-61"/>
        <location line="+61"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="-61"/>
        <location line="+62"/>
        <source>Weakness</source>
        <translation>软弱涣散类型</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>{count} villages</source>
        <translation>共 {count} 个村</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Kind</source>
        <translation>类别</translation>
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
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location filename="../desktop/cli/parser.py" line="+18"/>
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
        <location line="+1"/>
        <location line="+3"/>
        <source>print JSON for scripts</source>
        <translation>输出供脚本使用的 JSON</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>show one village file</source>
        <translation>查看一个村档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 12-digit division code (or the village&apos;s id)</source>
        <translation>12 位区划代码（或村的 id）</translation>
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
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../desktop/services/demo.py" line="+129"/>
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
        <location line="+6"/>
        <source>Making townships</source>
        <translation>正在生成乡镇</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>HistoryTables</name>
    <message>
        <location filename="../desktop/ui/history_tables.py" line="+51"/>
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
    <name>MainWindow</name>
    <message>
        <location filename="../desktop/ui/main_window.py" line="+176"/>
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
        <location line="+96"/>
        <source>Delete village</source>
        <translation>删除村</translation>
    </message>
    <message>
        <location line="-95"/>
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
        <location line="+1"/>
        <location line="+191"/>
        <source>About VillageDesk</source>
        <translation>关于 VillageDesk</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <location line="+9"/>
        <source>Undo {action}</source>
        <translation>撤销{action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+67"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Redo {action}</source>
        <translation>重做{action}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+39"/>
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
        <location line="+5"/>
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
        <location filename="../desktop/core/terms.py" line="+54"/>
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
        <location line="+32"/>
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
        <location line="+1"/>
        <source>Reserve cadres</source>
        <translation>后备干部</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Collective economy</source>
        <translation>集体经济</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rating</source>
        <translation>评定等级</translation>
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
        <location filename="../desktop/ui/village_file_dialog.py" line="+128"/>
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
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village file {name} has changes that are not saved. Save them?</source>
        <translation>村档案“{name}”有未保存的修改。是否保存？</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
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
</TS>
