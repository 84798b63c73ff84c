<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountActionDialog</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <source>Login, name or unit</source>
        <translation>登录名、姓名或单位</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <source>Only accounts unused for 90 days</source>
        <translation>仅显示 90 天未使用的账户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Re-&amp;enable</source>
        <translation>重新启用(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;register…</source>
        <translation>注销(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>重置密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Leaked password / lost certificate…</source>
        <translation>口令泄露 / 证书遗失…</translation>
    </message>
</context>
<context>
    <name>AdminRequestsPage</name>
    <message>
        <source>A password reset or a certificate for an administrator&apos;s account takes effect only when an administrator of another post confirms it: never the one who asked, never the account&apos;s holder. Check the certificate&apos;s subject and serial with its holder before confirming.</source>
        <translation>管理员账户的密码重置或证书绑定，须经另一岗位的管理员确认后才生效：申请人本人和账户持有人都不能确认。确认前请与持证人核对证书主题和序列号。</translation>
    </message>
    <message>
        <source>Requests waiting for confirmation</source>
        <translation>待确认的申请</translation>
    </message>
    <message>
        <source>Reason for &amp;rejecting:</source>
        <translation>驳回原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. the holder did not ask for it</source>
        <translation>例如：持有人本人并未申请</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AdminTerms</name>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>（无角色）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>ArchiveDestructionDialog</name>
    <message>
        <source>Propose destruction</source>
        <translation>提出销毁</translation>
    </message>
    <message>
        <source>Counted and checked by:</source>
        <translation>清点核对人：</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>清点核对人</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ArchiveDestructionsPage</name>
    <message>
        <source>Destruction lists: the named person counts and checks, the leader approves, then the destruction is recorded.</source>
        <translation>销毁清册：由指定专人清点、核对，经领导批准后登记销毁情况。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Destruction lists</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Items on the list</source>
        <translation>清册所列档案</translation>
    </message>
    <message>
        <source>&amp;Count and check…</source>
        <translation>清点核对(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Record destruction…</source>
        <translation>登记销毁(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>打印清册(&amp;P)…</translation>
    </message>
    <message>
        <source>Save list as P&amp;DF…</source>
        <translation>清册另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ArchiveDocumentRenderer</name>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Issued %1 by %2 at %3</source>
        <translation>%1 由 %2 在 %3 出具</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Volume and place</source>
        <translation>卷号及存放位置</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>归档日期</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <source>Items (%1)</source>
        <translation>档案清单（%1 件）</translation>
    </message>
    <message>
        <source>Counted and checked by (signature):</source>
        <translation>清点核对人（签字）：</translation>
    </message>
    <message>
        <source>Destroyed by (signatures):</source>
        <translation>销毁人（签字）：</translation>
    </message>
    <message>
        <source>Approved by (signature):</source>
        <translation>批准人（签字）：</translation>
    </message>
    <message>
        <source>Borrower (signature):</source>
        <translation>借阅人（签字）：</translation>
    </message>
    <message>
        <source>Archivist (signature):</source>
        <translation>档案管理员（签字）：</translation>
    </message>
    <message>
        <source>Returned on:</source>
        <translation>归还日期：</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>文书核验</translation>
    </message>
    <message>
        <source>Document no.: %1</source>
        <translation>文书编号：%1</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>验证码：%1</translation>
    </message>
    <message>
        <source>This document can be verified at the credit centre with its number and verification code.</source>
        <translation>本文书可凭编号和验证码在信用中心核验真伪。</translation>
    </message>
    <message>
        <source>%1    Verification code %2</source>
        <translation>%1    验证码 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The document could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>文书无法写入 %1，请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The document was written to %1 but cannot be read back: %2</source>
        <translation>文书已写入 %1，但无法读回：%2</translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2</source>
        <translation>文书无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>ArchiveExecutionDialog</name>
    <message>
        <source>Record the destruction</source>
        <translation>登记销毁情况</translation>
    </message>
    <message>
        <source>Record where, how and by whom the files were destroyed, and any problems. The scans are then erased from the database and the signed destruction list is archived.</source>
        <translation>请登记销毁的地点、方式、销毁人员及存在的问题。登记后扫描件将从数据库中清除，签章的销毁清册一并存档。</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>销毁地点：</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>销毁方式：</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Destroyed by:</source>
        <translation>销毁人员：</translation>
    </message>
    <message>
        <source>People</source>
        <translation>销毁人员</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
</context>
<context>
    <name>ArchiveFilingDialog</name>
    <message>
        <source>File into a volume</source>
        <translation>立卷归档</translation>
    </message>
    <message>
        <source>The selected items are filed into one volume at one place. Retention starts today: five years for application materials.</source>
        <translation>所选档案归入同一卷，存放于同一位置。保管期限自今日起算，申请材料保管五年。</translation>
    </message>
    <message>
        <source>Volume no.:</source>
        <translation>卷号：</translation>
    </message>
    <message>
        <source>Volume number</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Archive room:</source>
        <translation>档案室：</translation>
    </message>
    <message>
        <source>Archive room</source>
        <translation>档案室</translation>
    </message>
    <message>
        <source>Cabinet:</source>
        <translation>档案柜：</translation>
    </message>
    <message>
        <source>Cabinet</source>
        <translation>档案柜</translation>
    </message>
    <message>
        <source>Shelf:</source>
        <translation>架/层：</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>架/层</translation>
    </message>
</context>
<context>
    <name>ArchiveHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>履历</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>&amp;View scan</source>
        <translation>查看扫描件(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ArchiveItemsPage</name>
    <message>
        <source>Application materials the window archived, the day&apos;s unfiled ones first. File them into a volume, register loans, and list expired items for destruction.</source>
        <translation>服务窗口归档的申请材料，当天未归档的排在前面。可立卷归档、登记借阅，并将保管期满的档案列入销毁清册。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Archive items</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>履历(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;File into volume…</source>
        <translation>立卷归档(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Lend…</source>
        <translation>借阅登记(&amp;L)…</translation>
    </message>
    <message>
        <source>Propose &amp;destruction…</source>
        <translation>提出销毁(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>ArchiveLoanDialog</name>
    <message>
        <source>Register a loan</source>
        <translation>借阅登记</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借阅人：</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Reading:</source>
        <translation>查阅方式：</translation>
    </message>
    <message>
        <source>On site or taken out</source>
        <translation>现场查阅或借出</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>借阅用途：</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借阅用途</translation>
    </message>
    <message>
        <source>Return by:</source>
        <translation>归还日期：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Reading on site is the rule and ends the same day. Taking files out needs the leader&apos;s approval before they leave; they may not be passed on to anyone else or taken to public places.</source>
        <translation>档案原则上现场查阅，当日归还。确需借出的，须经分管领导批准后方可借出；借出期间不得转借他人，不得带入公共场所。</translation>
    </message>
</context>
<context>
    <name>ArchiveLoansPage</name>
    <message>
        <source>Loans: check out approved ones, register returns, chase overdue ones.</source>
        <translation>借阅：为已批准的借阅办理出借，登记归还，催还逾期借阅。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>&amp;Borrower history…</source>
        <translation>借阅人履历(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Cancel loan…</source>
        <translation>撤销借阅(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>登记出借(&amp;O)</translation>
    </message>
    <message>
        <source>Register &amp;return…</source>
        <translation>登记归还(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>打印借阅单(&amp;P)…</translation>
    </message>
    <message>
        <source>Save slip as P&amp;DF…</source>
        <translation>借阅单另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>ArchiveReturnDialog</name>
    <message>
        <source>Register the return</source>
        <translation>登记归还</translation>
    </message>
    <message>
        <source>Record the condition of every item as it comes back. Describe any damage or missing pages.</source>
        <translation>请逐件登记归还时的状况；如有破损或缺页，请写明情况。</translation>
    </message>
    <message>
        <source>Returned items</source>
        <translation>归还的档案</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ArchiveStepDialog</name>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Note or reason</source>
        <translation>备注或理由</translation>
    </message>
    <message>
        <source>New return date:</source>
        <translation>新的归还日期：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Items counted:</source>
        <translation>清点数量：</translation>
    </message>
</context>
<context>
    <name>ArchiveTerms</name>
    <message>
        <source>Not yet filed</source>
        <translation>待归档</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Walk-in query application</source>
        <translation>现场查询申请</translation>
    </message>
    <message>
        <source>Dispute application</source>
        <translation>异议申请</translation>
    </message>
    <message>
        <source>Destruction list</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, not yet checked out</source>
        <translation>已批准，待出借</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未获批准</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Taken out</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Read on site</source>
        <translation>现场查阅</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>破损</translation>
    </message>
    <message>
        <source>Pages missing</source>
        <translation>缺页/不全</translation>
    </message>
    <message>
        <source>Awaiting count and check</source>
        <translation>待清点核对</translation>
    </message>
    <message>
        <source>Checked, awaiting approval</source>
        <translation>已核对，待审批</translation>
    </message>
    <message>
        <source>Approved, awaiting destruction</source>
        <translation>已批准，待销毁</translation>
    </message>
    <message>
        <source>Received from the window</source>
        <translation>窗口移交归档</translation>
    </message>
    <message>
        <source>Scan viewed</source>
        <translation>查看扫描件</translation>
    </message>
    <message>
        <source>Loan registered</source>
        <translation>借阅登记</translation>
    </message>
    <message>
        <source>Loan approved</source>
        <translation>批准借阅</translation>
    </message>
    <message>
        <source>Loan not approved</source>
        <translation>不予批准借阅</translation>
    </message>
    <message>
        <source>Loan cancelled</source>
        <translation>撤销借阅</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>Listed for destruction</source>
        <translation>列入销毁清册</translation>
    </message>
    <message>
        <source>Counted and checked</source>
        <translation>清点核对</translation>
    </message>
    <message>
        <source>Destruction approved</source>
        <translation>批准销毁</translation>
    </message>
    <message>
        <source>Destruction not approved</source>
        <translation>不予批准销毁</translation>
    </message>
    <message>
        <source>Room %1 · cabinet %2 · shelf %3</source>
        <translation>%1 室 · %2 柜 · %3 架</translation>
    </message>
    <message>
        <source>Permanent</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已期满）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n day(s) overdue)</source>
        <translation>
            <numerusform>%1（%2，逾期 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue archive loans: %1. Please return them or ask for a renewal.</source>
        <translation>档案借阅已逾期：%1。请及时归还或申请续借。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n archive loan(s) await your approval.</source>
        <translation>
            <numerusform>有 %n 件档案借阅申请待您审批。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n destruction list(s) await your approval.</source>
        <translation>
            <numerusform>有 %n 份销毁清册待您审批。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>共 %n 件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>List no.</source>
        <translation>清册编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Drawn up by</source>
        <translation>造册人</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>清点核对人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Destroyed at</source>
        <translation>销毁时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>AuditExportFiles</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Audit log report</source>
        <translation>审计日志报告</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>操作 %1</translation>
    </message>
    <message>
        <source>subject %1</source>
        <translation>查询对象 %1</translation>
    </message>
    <message>
        <source>outcome %1</source>
        <translation>结果 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>记录条数</translation>
    </message>
    <message>
        <source>%1 (sequence %2 to %3)</source>
        <translation>%1 条（序号 %2 至 %3）</translation>
    </message>
    <message>
        <source>Whole chain verified at export</source>
        <translation>导出时整条审计链校验</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>NO - the chain is broken</source>
        <translation>未通过——审计链已断裂</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，导出人 %2</translation>
    </message>
    <message>
        <source>SHA-256 of the CSV file</source>
        <translation>CSV 文件的 SHA-256</translation>
    </message>
    <message>
        <source>Signature (HMAC-SHA256)</source>
        <translation>签名（HMAC-SHA256）</translation>
    </message>
    <message>
        <source>The CSV file is the authoritative copy. Check it with the signature file in the audit console.</source>
        <translation>以 CSV 文件为准。可在审计控制台用签名文件校验。</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Only the first %1 entries are printed; the CSV file holds all %2.</source>
        <translation>仅打印前 %1 条；CSV 文件包含全部 %2 条。</translation>
    </message>
    <message>
        <source>Audit log report %1</source>
        <translation>审计日志报告 %1</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>The audit log is read-only. Filter by period, account, action, subject and outcome; verify the whole chain; export a period as a signed report.</source>
        <translation>审计日志只读。可按时段、账号、操作、查询对象和结果筛选；校验整条审计链；将某一时段导出为带签名的报告。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>结束日期（含当日）</translation>
    </message>
    <message>
        <source>A&amp;ccount</source>
        <translation>账号(&amp;C)</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>操作(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>查询对象(&amp;S)</translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation>证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志记录</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>记录详情</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous</source>
        <translation>&lt; 上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一页(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Verify whole chain</source>
        <translation>校验整条审计链(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export period (CSV + PDF + signature)…</source>
        <translation>导出时段报告（CSV + PDF + 签名）(&amp;E)…</translation>
    </message>
    <message>
        <source>Chec&amp;k an exported file…</source>
        <translation>校验已导出的文件(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>BAuthorizationApprovalPage</name>
    <message>
        <source>Requests of department users for class B (authorized) records. Check the purpose and the legal basis or consent, then approve or reject; a rejection needs a reason, which the requester sees.</source>
        <translation>部门查询用户申请查询 B 类（授权查询）信息的记录。请核对查询用途及法律依据或信息主体同意，再批准或驳回；驳回须填写理由，申请人可见。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>B-class authorization requests</source>
        <translation>B 类授权申请</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>required when rejecting</source>
        <translation>驳回时必填</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
</context>
<context>
    <name>BAuthorizationRequestDialog</name>
    <message>
        <source>Request B-class Authorization</source>
        <translation>申请 B 类信息查询授权</translation>
    </message>
    <message>
        <source>Class B (authorized) records of this subject are shown to you only after a credit-centre officer approves this request, and only until its end date (seed 000 §18). Name the purpose and the legal basis or the subject&apos;s written consent.</source>
        <translation>该主体的 B 类（授权查询）信息须经信用中心核查员批准本申请后方可查看，且仅在授权截止日期前有效（seed 000 §18）。请写明查询用途及法律依据或信息主体的书面同意。</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>信息主体：</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>查询用途(&amp;P)：</translation>
    </message>
    <message>
        <source>or describe the purpose</source>
        <translation>或自行填写用途</translation>
    </message>
    <message>
        <source>&amp;Legal basis or consent:</source>
        <translation>依据或同意(&amp;L)：</translation>
    </message>
    <message>
        <source>article of a law or regulation, or the subject&apos;s written consent (reference)</source>
        <translation>法律法规条款，或信息主体书面同意书（编号）</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>起始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Valid &amp;until:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Full encrypted backups of the credit database, made while the server keeps running; the schedule makes one at least weekly. A restore writes a new database file on the server and never replaces the one in use: stop the server and swap the files as described in the operations manual.</source>
        <translation>信用数据库的加密全量备份，在服务器运行期间进行；按计划至少每周一次。恢复只在服务器上写入新的数据库文件，绝不替换正在使用的数据库：请按运维手册停止服务器后替换文件。</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation>校验所选备份(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>New &amp;file name:</source>
        <translation>新文件名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Restore selected to new file</source>
        <translation>将所选备份恢复为新文件(&amp;R)</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Deadlines (answers to walk-in queries, disputes, marks) count working days on this calendar. Official years ship with the software; enter a later year&apos;s holidays and adjusted working days (调休) as soon as the State Council publishes them.</source>
        <translation>各类期限（现场查询答复、异议处理、异议标注）均按本日历计算工作日。官方年度的放假安排随软件发布；国务院公布后续年度的放假和调休安排后，请及时在此录入。</translation>
    </message>
    <message>
        <source>Days off (holidays)</source>
        <translation>放假日</translation>
    </message>
    <message>
        <source>A day off, also when it falls on a weekday</source>
        <translation>放假的日期（包括落在工作日的放假日）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Adjusted working days (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>A Saturday or Sunday that is worked</source>
        <translation>需要上班的周六或周日</translation>
    </message>
    <message>
        <source>&amp;Save this year</source>
        <translation>保存本年度安排(&amp;S)</translation>
    </message>
</context>
<context>
    <name>CarryOutApprovalPage</name>
    <message>
        <source>Applications to carry storage media out of the premises. Approve or reject each; you cannot decide on your own application.</source>
        <translation>携带存储介质外出的申请。请逐件批准或驳回；本人提出或本人携带的申请不能由本人审批。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>申请筛选</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Carry-out applications</source>
        <translation>携带外出申请</translation>
    </message>
    <message>
        <source>&amp;Opinion / reason:</source>
        <translation>审批意见/驳回理由(&amp;O)：</translation>
    </message>
    <message>
        <source>Required when rejecting</source>
        <translation>驳回时必填</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CarryOutRequestDialog</name>
    <message>
        <source>Apply to Carry a Medium Out</source>
        <translation>申请携带介质外出</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>外出事由(&amp;P)：</translation>
    </message>
    <message>
        <source>Why the medium leaves the premises</source>
        <translation>介质为何需要带出单位</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>前往地点(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Carried by:</source>
        <translation>携带人(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Second person:</source>
        <translation>第二携带人(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Expected back on:</source>
        <translation>预计返还日期(&amp;E)：</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Account:</source>
        <translation>账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Import certificate file…</source>
        <translation>导入证书文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Only certificates expiring within 30 days</source>
        <translation>仅显示 30 天内到期的证书</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
</context>
<context>
    <name>CommonTerms</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Foreigner permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Administrative licence</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Red list</source>
        <translation>红名单</translation>
    </message>
    <message>
        <source>Black list / serious dishonesty</source>
        <translation>黑名单/严重失信</translation>
    </message>
    <message>
        <source>Court enforcement</source>
        <translation>被执行人</translation>
    </message>
    <message>
        <source>Tax arrears</source>
        <translation>欠税</translation>
    </message>
    <message>
        <source>Honours and commendations</source>
        <translation>荣誉表彰</translation>
    </message>
    <message>
        <source>Social insurance contributions</source>
        <translation>社会保险缴费</translation>
    </message>
    <message>
        <source>Copy of identity document</source>
        <translation>身份证件复印件</translation>
    </message>
    <message>
        <source>Copy of organisation code / credit code certificate</source>
        <translation>组织机构代码证（统一社会信用代码证）复印件</translation>
    </message>
    <message>
        <source>Sealed letter of agency</source>
        <translation>加盖公章的授权代理书</translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Other material</source>
        <translation>其他材料</translation>
    </message>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person or other organisation</source>
        <translation>法人及其他组织</translation>
    </message>
    <message>
        <source>A public</source>
        <translation>A 类（社会公开）</translation>
    </message>
    <message>
        <source>B authorized</source>
        <translation>B 类（授权查询）</translation>
    </message>
    <message>
        <source>C internal</source>
        <translation>C 类（政府内部应用）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>A resident ID number has 18 characters.</source>
        <translation>公民身份号码应为 18 位。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为 18 位。</translation>
    </message>
    <message>
        <source>Only digits are allowed, and X as the last character.</source>
        <translation>只能包含数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>The code contains a character that is not allowed (I, O, Z, S, V are never used).</source>
        <translation>代码含有不允许的字符（不使用 I、O、Z、S、V）。</translation>
    </message>
    <message>
        <source>The first six digits are not a valid region code.</source>
        <translation>前 6 位不是有效的行政区划代码。</translation>
    </message>
    <message>
        <source>Digits 7–14 are not a valid date of birth.</source>
        <translation>第 7–14 位不是有效的出生日期。</translation>
    </message>
    <message>
        <source>The check digit (last character) is wrong: please check the number again.</source>
        <translation>校验码（最后一位）不正确，请重新核对号码。</translation>
    </message>
    <message>
        <source>The check character (last character) is wrong: please check the code again.</source>
        <translation>校验码（最后一位）不正确，请重新核对代码。</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <comment>date-time format</comment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
</context>
<context>
    <name>DeferDialog</name>
    <message>
        <source>Defer the Answer</source>
        <translation>限期答复</translation>
    </message>
    <message>
        <source>Use this when the query cannot be answered on the spot. The application moves to the list of applications awaiting an answer; it must be answered within 15 working days, extendable once with the credit authority&apos;s approval (seed 003 附件1.五(六)). The server sets the deadline; tell the applicant the date shown after confirming.</source>
        <translation>不能当场答复时使用。申请转入“待答复”清单，须在 15 个工作日内答复，经信用主管部门批准可延长一次（seed 003 附件1.五(六)）。答复期限由系统确定，确认后请将显示的日期告知申请人。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. the providing department must confirm a record</source>
        <translation>例如：需向信息提供单位核实记录</translation>
    </message>
</context>
<context>
    <name>DepartmentAuthorizationList</name>
    <message>
        <source>Your requests for class B (authorized) access, newest first. Approved requests open the subject&apos;s B records until their end date; rejected ones show the officer&apos;s reason.</source>
        <translation>您提出的 B 类（授权查询）信息授权申请，最新的在前。已批准的申请在截止日期前开放该主体的 B 类信息；已驳回的显示核查员的理由。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>My B-class authorization requests</source>
        <translation>我的授权申请</translation>
    </message>
</context>
<context>
    <name>DepartmentSearchPage</name>
    <message>
        <source>Find a company or person by citizen ID number or unified social credit code (exact), or by the beginning of or a part of the name. Personal names and ID numbers are masked in the list. Every search is logged.</source>
        <translation>按公民身份号码或统一社会信用代码（精确）、名称开头或名称所含文字查找企业或个人。列表中自然人的姓名和证件号码已作脱敏处理。每次查询均记入日志。</translation>
    </message>
    <message>
        <source>Search &amp;by:</source>
        <translation>查询方式(&amp;B)：</translation>
    </message>
    <message>
        <source>ID number, credit code or name</source>
        <translation>身份证号码、统一社会信用代码或名称</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>Subjects found</source>
        <translation>查询到的主体</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DepartmentSubjectView</name>
    <message>
        <source>&amp;Back to results</source>
        <translation>返回查询结果(&amp;B)</translation>
    </message>
    <message>
        <source>Show full &amp;identity</source>
        <translation>显示完整身份信息(&amp;I)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名/名称：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>主体类型：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>所属地区：</translation>
    </message>
    <message>
        <source>Legal representative:</source>
        <translation>法定代表人：</translation>
    </message>
    <message>
        <source>Purpose of this query</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>State why you look at this subject before the records are shown. The purpose, the records returned, your name, workstation and certificate go into the permanent query log.</source>
        <translation>查看信用记录前请说明查询用途。用途、返回的记录、您的姓名、工作站和证书均永久记入查询日志。</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>查询用途(&amp;P)：</translation>
    </message>
    <message>
        <source>or describe the purpose in your own words</source>
        <translation>或自行填写查询用途</translation>
    </message>
    <message>
        <source>Show &amp;records</source>
        <translation>查看信用记录(&amp;R)</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>Request &amp;B-class authorization…</source>
        <translation>申请 B 类授权(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>DepartmentTerms</name>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Viewed by %1 · %2</source>
        <translation>查看人：%1 · %2</translation>
    </message>
    <message>
        <source>Enter an 18-character citizen ID number or unified social credit code.</source>
        <translation>请输入 18 位公民身份号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>信息主体</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Legal basis / consent</source>
        <translation>依据 / 同意</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>授权期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>DepartmentWidget</name>
    <message>
        <source>&amp;Query</source>
        <translation>查询(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;My B-class authorization requests</source>
        <translation>我的授权申请(&amp;M)</translation>
    </message>
</context>
<context>
    <name>DestructionApprovalPage</name>
    <message>
        <source>Destruction lists counted and checked, awaiting your approval.</source>
        <translation>已清点核对、待您审批的销毁清册。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Destruction lists</source>
        <translation>销毁清册</translation>
    </message>
    <message>
        <source>Items on the list</source>
        <translation>清册所列档案</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>不予批准(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Window Clerk</source>
        <translation>窗口受理员</translation>
    </message>
    <message>
        <source>Department User</source>
        <translation>部门查询用户</translation>
    </message>
    <message>
        <source>Credit Officer</source>
        <translation>信用中心核查员</translation>
    </message>
    <message>
        <source>Archivist</source>
        <translation>档案管理员</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批领导</translation>
    </message>
    <message>
        <source>System Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>安全管理员</translation>
    </message>
    <message>
        <source>Security Auditor</source>
        <translation>安全审计员</translation>
    </message>
    <message>
        <source>Walk-in Queries</source>
        <translation>现场查询</translation>
    </message>
    <message>
        <source>Department Queries</source>
        <translation>部门查询</translation>
    </message>
    <message>
        <source>Disputes</source>
        <translation>异议处理</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>档案管理</translation>
    </message>
    <message>
        <source>Storage Media</source>
        <translation>存储介质</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>System Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>Security Administration</source>
        <translation>安全管理</translation>
    </message>
    <message>
        <source>Security Audit</source>
        <translation>安全审计</translation>
    </message>
</context>
<context>
    <name>DisputeApplicationForm</name>
    <message>
        <source>Subject of the information</source>
        <translation>信息主体</translation>
    </message>
    <message>
        <source>ID number or &amp;credit code:</source>
        <translation>证件号码或信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Subject ID number or credit code</source>
        <translation>信息主体的身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>18-digit citizen ID or unified social credit code</source>
        <translation>18 位身份证号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>&amp;Look up records</source>
        <translation>查询信息(&amp;L)</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>信息主体：</translation>
    </message>
    <message>
        <source>Records of the subject</source>
        <translation>信息主体的信用信息</translation>
    </message>
    <message>
        <source>Tick the records the applicant disputes. A record that cannot be disputed says why.</source>
        <translation>请勾选申请人有异议的信息；不能提出异议的信息注明了原因。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>异议申请</translation>
    </message>
    <message>
        <source>&amp;Reason for the dispute:</source>
        <translation>异议理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason for the dispute</source>
        <translation>异议理由</translation>
    </message>
    <message>
        <source>Applicant &amp;name:</source>
        <translation>申请人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>Applicant ID &amp;type:</source>
        <translation>申请人证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Applicant ID type</source>
        <translation>申请人证件类型</translation>
    </message>
    <message>
        <source>Applicant &amp;ID number:</source>
        <translation>申请人证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Applicant ID number</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Applicant phone</source>
        <translation>申请人联系电话</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新申请(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Accept dispute</source>
        <translation>受理异议(&amp;A)</translation>
    </message>
</context>
<context>
    <name>DisputeApprovalPage</name>
    <message>
        <source>Dispute results awaiting approval. Approve the result report or return it to the officer with a reason; a complicated case may be extended once by at most 15 working days.</source>
        <translation>待核准的异议处理结果。请核准结果报告，或说明理由退回核查员；情况复杂的案件可延长一次办理期限，最长 15 个工作日。</translation>
    </message>
</context>
<context>
    <name>DisputeCaseList</name>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Cases to show</source>
        <translation>显示的案件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Dispute cases</source>
        <translation>异议案件</translation>
    </message>
</context>
<context>
    <name>DisputeCaseView</name>
    <message>
        <source>Choose a case from the list.</source>
        <translation>请在列表中选择一个案件。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>案件编号：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>办结期限：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>信息主体：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Accepted:</source>
        <translation>受理：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>异议理由：</translation>
    </message>
    <message>
        <source>Verification:</source>
        <translation>核查情况：</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>处理结果：</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>核准：</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>送达：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>申请材料：</translation>
    </message>
    <message>
        <source>Disputed records</source>
        <translation>异议信息</translation>
    </message>
    <message>
        <source>Verification with the providing department</source>
        <translation>向信息提供部门核查</translation>
    </message>
    <message>
        <source>Providing &amp;department:</source>
        <translation>信息提供部门(&amp;D)：</translation>
    </message>
    <message>
        <source>Providing department</source>
        <translation>信息提供部门</translation>
    </message>
    <message>
        <source>Verification &amp;findings:</source>
        <translation>核查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>Verification findings</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>Verified &amp;on:</source>
        <translation>核查日期(&amp;O)：</translation>
    </message>
    <message>
        <source>Verification date</source>
        <translation>核查日期</translation>
    </message>
    <message>
        <source>Record &amp;verification</source>
        <translation>登记核查情况(&amp;V)</translation>
    </message>
    <message>
        <source>Result of the verification</source>
        <translation>异议处理结果</translation>
    </message>
    <message>
        <source>Result report &amp;text:</source>
        <translation>结果报告内容(&amp;T)：</translation>
    </message>
    <message>
        <source>Result report text</source>
        <translation>结果报告内容</translation>
    </message>
    <message>
        <source>&amp;Submit result for approval</source>
        <translation>提交核准(&amp;S)</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>核准</translation>
    </message>
    <message>
        <source>Approval &amp;note:</source>
        <translation>核准意见(&amp;N)：</translation>
    </message>
    <message>
        <source>Approval note</source>
        <translation>核准意见</translation>
    </message>
    <message>
        <source>&amp;Approve result report</source>
        <translation>核准结果报告(&amp;A)</translation>
    </message>
    <message>
        <source>Return &amp;reason:</source>
        <translation>退回理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Return reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>Re&amp;turn to the officer</source>
        <translation>退回核查员(&amp;T)</translation>
    </message>
    <message>
        <source>E&amp;xtension:</source>
        <translation>延期(&amp;X)：</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Extension in working days</source>
        <translation>延长的工作日数</translation>
    </message>
    <message>
        <source>Extension reason</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>延期理由</translation>
    </message>
    <message>
        <source>&amp;Extend deadline</source>
        <translation>延长期限(&amp;E)</translation>
    </message>
    <message>
        <source>Delivery of the result</source>
        <translation>送达处理结果</translation>
    </message>
    <message>
        <source>Received &amp;by:</source>
        <translation>领取人(&amp;B)：</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>领取人</translation>
    </message>
    <message>
        <source>Record &amp;delivery</source>
        <translation>登记送达(&amp;D)</translation>
    </message>
    <message>
        <source>After delivery</source>
        <translation>送达之后</translation>
    </message>
    <message>
        <source>Free &amp;reprint</source>
        <translation>免费打印(&amp;R)</translation>
    </message>
    <message>
        <source>Apply for “applicant disputes” &amp;mark…</source>
        <translation>受理“申请人存疑”标注申请(&amp;M)…</translation>
    </message>
    <message>
        <source>Marks “applicant disputes”</source>
        <translation>“申请人存疑”标注</translation>
    </message>
    <message>
        <source>Marks on this case</source>
        <translation>本案的标注</translation>
    </message>
    <message>
        <source>&amp;Set mark</source>
        <translation>作出标注(&amp;S)</translation>
    </message>
    <message>
        <source>Apply for re&amp;vocation…</source>
        <translation>受理撤销申请(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;voke mark</source>
        <translation>撤销标注(&amp;V)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Documents of this case</source>
        <translation>本案文书</translation>
    </message>
    <message>
        <source>&amp;Open document…</source>
        <translation>打开文书(&amp;O)…</translation>
    </message>
    <message>
        <source>Scanned materials of this case</source>
        <translation>本案的申请材料扫描件</translation>
    </message>
    <message>
        <source>Save sca&amp;n as…</source>
        <translation>保存扫描件(&amp;N)…</translation>
    </message>
    <message>
        <source>Saves the scan to a file to read it; the viewing is logged.</source>
        <translation>将扫描件保存为文件以便查阅；查阅将记入日志。</translation>
    </message>
</context>
<context>
    <name>DisputeDocumentDialog</name>
    <message>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>编号：</translation>
    </message>
    <message>
        <source>Issued at:</source>
        <translation>出具时间：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>信息主体：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Verification code:</source>
        <translation>验证码：</translation>
    </message>
    <message>
        <source>Particulars:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>Records concerned:</source>
        <translation>涉及的信息：</translation>
    </message>
    <message>
        <source>Records concerned</source>
        <translation>涉及的信息</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>DisputeMarkDialog</name>
    <message>
        <source>Mark Application</source>
        <translation>标注申请</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>案件：</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>信息(&amp;R)：</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Applicant &amp;name:</source>
        <translation>申请人姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>Applicant ID &amp;type:</source>
        <translation>申请人证件类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Applicant ID type</source>
        <translation>申请人证件类型</translation>
    </message>
    <message>
        <source>Applicant &amp;ID number:</source>
        <translation>申请人证件号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Applicant ID number</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Applicant phone</source>
        <translation>申请人联系电话</translation>
    </message>
</context>
<context>
    <name>DisputeMarkList</name>
    <message>
        <source>Applications for the mark “applicant disputes” and for its revocation. A mark is set within 7 working days of acceptance and kept 30 days; a revocation is carried out within 5 working days.</source>
        <translation>“申请人存疑”标注申请及撤销申请。标注自受理之日起 7 个工作日内办理，保留 30 日；撤销自受理之日起 5 个工作日内办理。</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>Marks to show</source>
        <translation>显示的标注</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Mark applications</source>
        <translation>标注申请</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>打开案件(&amp;O)</translation>
    </message>
</context>
<context>
    <name>DisputeMaterialsEditor</name>
    <message>
        <source>Scanned materials</source>
        <translation>申请材料（扫描件）</translation>
    </message>
    <message>
        <source>Required for this application:</source>
        <translation>本申请须提交：</translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation>须提交的材料</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>材料类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Material kind</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF scan of the document</source>
        <translation>JPEG、PNG 或 PDF 格式的扫描件</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Attached materials</source>
        <translation>已添加的材料</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF; at most 10 MB a file, 20 MB and 12 files in all. The scans are sent with the application.</source>
        <translation>JPEG、PNG 或 PDF；单个文件最多 10 MB，合计最多 20 MB、12 份。扫描件随申请一并提交。</translation>
    </message>
</context>
<context>
    <name>DisputeOutcomeEditor</name>
    <message>
        <source>One outcome for every disputed record. A corrected record needs its new title and content.</source>
        <translation>请对每一条异议信息给出处理结果；更正的信息须填写更正后的标题和内容。</translation>
    </message>
    <message>
        <source>Outcome per record</source>
        <translation>各条信息的处理结果</translation>
    </message>
</context>
<context>
    <name>DisputeTerms</name>
    <message>
        <source>Copy of the ID card</source>
        <translation>身份证复印件</translation>
    </message>
    <message>
        <source>Sealed copy of the organisation code certificate</source>
        <translation>加盖公章的组织机构代码证复印件</translation>
    </message>
    <message>
        <source>Sealed letter of agency</source>
        <translation>加盖公章的授权代理书</translation>
    </message>
    <message>
        <source>Application form</source>
        <translation>申请表</translation>
    </message>
    <message>
        <source>Evidence for the dispute</source>
        <translation>异议申请相关证据</translation>
    </message>
    <message>
        <source>Upheld (no change)</source>
        <translation>维持（不作变更）</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>办理中的案件</translation>
    </message>
    <message>
        <source>Accepted, to be verified</source>
        <translation>已受理，待核查</translation>
    </message>
    <message>
        <source>Verified, result to be written</source>
        <translation>已核查，待出具处理结果</translation>
    </message>
    <message>
        <source>Result awaiting approval</source>
        <translation>处理结果待核准</translation>
    </message>
    <message>
        <source>Approved, to be delivered</source>
        <translation>已核准，待送达</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
</context>
<context>
    <name>DisputesWidget</name>
    <message>
        <source>New &amp;application</source>
        <translation>受理异议申请(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>异议案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Marks</source>
        <translation>异议标注(&amp;M)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Record Hand-over</source>
        <translation>报告交付登记</translation>
    </message>
    <message>
        <source>Record who received the printed report.</source>
        <translation>登记领取书面报告的人员。</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>报告：</translation>
    </message>
    <message>
        <source>&amp;Received by:</source>
        <translation>领取人(&amp;R)：</translation>
    </message>
    <message>
        <source>Name of the person who took the report</source>
        <translation>领取报告人员的姓名</translation>
    </message>
</context>
<context>
    <name>InitialPasswordDialog</name>
    <message>
        <source>One-time initial password</source>
        <translation>一次性初始密码</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Hand it to the holder in person. It is shown only this once; the holder must change it at the first login.</source>
        <translation>请当面交给持有人。此密码只显示这一次，持有人首次登录时必须修改。</translation>
    </message>
</context>
<context>
    <name>LoanApprovalPage</name>
    <message>
        <source>Archive loans that take files out of the archive room need your approval before check-out; renewals too.</source>
        <translation>借出档案室的档案须经您批准后方可出借，续借亦须批准。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>不予批准(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>批准(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;new…</source>
        <translation>续借(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Credit Platform Desk – Log In</source>
        <translation>公共信用信息查询受理系统 - 登录</translation>
    </message>
    <message>
        <source>Credit Platform Desk</source>
        <translation>公共信用信息查询受理系统</translation>
    </message>
    <message>
        <source>Log in with your digital certificate and your password</source>
        <translation>请使用您的数字证书和登录密码登录</translation>
    </message>
    <message>
        <source>&amp;Certificate file:</source>
        <translation>证书文件(&amp;C)：</translation>
    </message>
    <message>
        <source>Your personal certificate (.p12 / .pfx)</source>
        <translation>个人数字证书（.p12 / .pfx）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>C&amp;ertificate password:</source>
        <translation>证书密码(&amp;E)：</translation>
    </message>
    <message>
        <source>Password that protects the certificate file</source>
        <translation>保护证书文件的密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>登录密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Your account password</source>
        <translation>账户登录密码</translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation>工作站(&amp;W)：</translation>
    </message>
    <message>
        <source>For example: Window 3</source>
        <translation>例如：3号窗口</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>连接设置</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>CA certi&amp;ficate:</source>
        <translation>CA 证书(&amp;F)：</translation>
    </message>
    <message>
        <source>The platform&apos;s CA certificate (ca.pem)</source>
        <translation>平台 CA 证书（ca.pem）</translation>
    </message>
    <message>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Credit Platform Desk</source>
        <translation>公共信用信息查询受理系统</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>功能模块</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Change Password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Log Out</source>
        <translation>注销(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Verify a Report…</source>
        <translation>报告核验(&amp;V)…</translation>
    </message>
    <message>
        <source>Check a printed report&apos;s number and verification code against the archive</source>
        <translation>将书面报告的编号和验证码与存档核对</translation>
    </message>
</context>
<context>
    <name>MediaLocationDialog</name>
    <message>
        <source>Storage Location</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>位置编号(&amp;C)：</translation>
    </message>
    <message>
        <source>Letters, digits and hyphens, e.g. ARCH-SAFE</source>
        <translation>字母、数字和“-”，如 ARCH-SAFE</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>&amp;Levels it may hold:</source>
        <translation>可存放密级(&amp;L)：</translation>
    </message>
    <message>
        <source>Levels it may hold</source>
        <translation>可存放密级</translation>
    </message>
    <message>
        <source>In &amp;use</source>
        <translation>启用(&amp;U)</translation>
    </message>
</context>
<context>
    <name>MediaLocationsPage</name>
    <message>
        <source>Storage locations and the classification levels each may hold (storage by level).</source>
        <translation>各存放位置及其可存放的密级（分级存放）。</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add location…</source>
        <translation>新增位置(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>MediaPrint</name>
    <message>
        <source>Printed by %1 at %2. Signatures are recorded in the system&apos;s chain of custody and audit log.</source>
        <translation>打印人：%1，打印时间：%2。签字记录保存在系统的介质流转记录和审计日志中。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Storage Media Register</source>
        <translation>存储介质登记簿</translation>
    </message>
    <message>
        <source>Serial no.</source>
        <translation>介质编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>持有人</translation>
    </message>
    <message numerus="yes">
        <source>%n medium/media.</source>
        <translation>
            <numerusform>共 %n 件介质。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · level %4 · custodian %5 · %6</source>
        <translation>%1 · %2 · %3 · %4级 · 保管人%5 · %6</translation>
    </message>
    <message>
        <source>Chain of Custody of Storage Medium %1</source>
        <translation>存储介质流转记录（%1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State after</source>
        <translation>事项后状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Counter-signer</source>
        <translation>会签人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit no.</source>
        <translation>审计序号</translation>
    </message>
    <message>
        <source>The document could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>文件无法写入 %1，请检查文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2</source>
        <translation>文件无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>MediaRegisterPage</name>
    <message>
        <source>Every storage medium with its classification level, where it is now and who has it. Select a medium to record an event or see its chain of custody.</source>
        <translation>全部存储介质及其密级、当前所在位置和持有人。选中介质后可登记事项或查看流转记录。</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>密级(&amp;L)：</translation>
    </message>
    <message>
        <source>Level filter</source>
        <translation>密级筛选</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>保管人(&amp;U)：</translation>
    </message>
    <message>
        <source>Custodian filter</source>
        <translation>保管人筛选</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Storage media</source>
        <translation>存储介质</translation>
    </message>
    <message>
        <source>Re&amp;gister medium…</source>
        <translation>登记介质(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>Record &amp;event…</source>
        <translation>登记事项(&amp;E)…</translation>
    </message>
    <message>
        <source>Apply to c&amp;arry out…</source>
        <translation>申请携带外出(&amp;A)…</translation>
    </message>
    <message>
        <source>Chain of cus&amp;tody…</source>
        <translation>流转记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Save list as P&amp;DF…</source>
        <translation>登记簿另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MediaTerms</name>
    <message>
        <source>In store</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发放使用</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>携带外出</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>送修中</translation>
    </message>
    <message>
        <source>Replaced, awaiting destruction</source>
        <translation>已更换停用，待销毁</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>Floppy disk</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>USB drive</source>
        <translation>U 盘</translation>
    </message>
    <message>
        <source>Optical disc</source>
        <translation>光盘</translation>
    </message>
    <message>
        <source>Tape</source>
        <translation>磁带</translation>
    </message>
    <message>
        <source>Microfilm</source>
        <translation>缩微胶片</translation>
    </message>
    <message>
        <source>Issue to a user</source>
        <translation>发放</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>更换</translation>
    </message>
    <message>
        <source>Wipe record</source>
        <translation>数据清除</translation>
    </message>
    <message>
        <source>Send for repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <source>Back from repair</source>
        <translation>修复返还</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>销毁</translation>
    </message>
    <message>
        <source>Carry out of the premises</source>
        <translation>携带外出</translation>
    </message>
    <message>
        <source>Back from carry-out</source>
        <translation>外出返还</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记造册</translation>
    </message>
    <message>
        <source>Register entry changed</source>
        <translation>变更登记信息</translation>
    </message>
    <message>
        <source>Multi-pass overwrite</source>
        <translation>多次覆写</translation>
    </message>
    <message>
        <source>Secure-erase command</source>
        <translation>安全擦除指令</translation>
    </message>
    <message>
        <source>Cryptographic erase</source>
        <translation>密钥销毁擦除</translation>
    </message>
    <message>
        <source>Degaussing</source>
        <translation>消磁</translation>
    </message>
    <message>
        <source>Physical shredding</source>
        <translation>物理粉碎</translation>
    </message>
    <message>
        <source>Degauss and crush</source>
        <translation>消磁后折弯压毁</translation>
    </message>
    <message>
        <source>Incineration</source>
        <translation>焚毁</translation>
    </message>
    <message>
        <source>Melting</source>
        <translation>熔毁</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已外出</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>由%1领用</translation>
    </message>
    <message>
        <source>Out: %1</source>
        <translation>外出：%1</translation>
    </message>
    <message>
        <source>In repair: %1</source>
        <translation>送修：%1</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>在库：%1</translation>
    </message>
    <message>
        <source>%1 (custodian %2)</source>
        <translation>%1（保管人%2）</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>—— 无 ——</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Out: %1, overdue (due back %2)</source>
        <translation>外出：%1，已逾期（应于%2返还）</translation>
    </message>
    <message>
        <source>Out: %1, due back %2</source>
        <translation>外出：%1，应于%2返还</translation>
    </message>
</context>
<context>
    <name>MediumChainDialog</name>
    <message>
        <source>Chain of Custody</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>流转记录</translation>
    </message>
    <message>
        <source>Each entry is also in the tamper-evident audit log (audit no. shown).</source>
        <translation>每条记录均已写入防篡改审计日志（见审计序号）。</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>MediumDialog</name>
    <message>
        <source>Storage Medium</source>
        <translation>存储介质</translation>
    </message>
    <message>
        <source>Register the medium with its classification level. It may only be kept in a location that holds that level.</source>
        <translation>登记介质及其密级。介质只能存放在可存放该密级的位置。</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>介质编号(&amp;S)：</translation>
    </message>
    <message>
        <source>Number on the medium label</source>
        <translation>介质标签上的编号</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Make and model:</source>
        <translation>品牌型号(&amp;M)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>C&amp;apacity:</source>
        <translation>容量(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 64 GB, 700 MB, 2400 frames</source>
        <translation>如 64 GB、700 MB、2400 幅</translation>
    </message>
    <message>
        <source>C&amp;lassification level:</source>
        <translation>密级(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;ustodian:</source>
        <translation>保管人(&amp;U)：</translation>
    </message>
    <message>
        <source>Storage l&amp;ocation:</source>
        <translation>存放位置(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
</context>
<context>
    <name>MediumEventDialog</name>
    <message>
        <source>Record Medium Event</source>
        <translation>登记介质事项</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事项(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Issued to:</source>
        <translation>领用人(&amp;I)：</translation>
    </message>
    <message>
        <source>Re&amp;placement medium:</source>
        <translation>替换介质(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>T&amp;ool:</source>
        <translation>工具(&amp;O)：</translation>
    </message>
    <message>
        <source>Software or device used, with version</source>
        <translation>所用软件或设备及版本</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>核验人(&amp;V)：</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>地点(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Witness:</source>
        <translation>监销人(&amp;W)：</translation>
    </message>
    <message>
        <source>Second wit&amp;ness:</source>
        <translation>第二监销人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Counter-signed by:</source>
        <translation>会签人(&amp;C)：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
</context>
<context>
    <name>ModulePlaceholder</name>
    <message>
        <source>This module arrives in a later release of the client.</source>
        <translation>该功能模块将在客户端的后续版本中提供。</translation>
    </message>
    <message>
        <source>Your account is already authorised to use it.</source>
        <translation>您的账户已具备该模块的使用权限。</translation>
    </message>
</context>
<context>
    <name>ModuleTabs</name>
    <message>
        <source>Answer deadline extensions</source>
        <translation>答复延期审批</translation>
    </message>
    <message>
        <source>B-class authorizations</source>
        <translation>B 类授权</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Media register</source>
        <translation>介质登记簿</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Media carry-out</source>
        <translation>介质携带外出</translation>
    </message>
    <message>
        <source>Dispute results</source>
        <translation>异议处理结果</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Roles and jurisdictions</source>
        <translation>角色与辖区</translation>
    </message>
    <message>
        <source>Security policy</source>
        <translation>安全策略</translation>
    </message>
    <message>
        <source>Certificate revocation</source>
        <translation>证书吊销</translation>
    </message>
    <message>
        <source>Unused accounts</source>
        <translation>闲置账户</translation>
    </message>
    <message>
        <source>Archive register</source>
        <translation>档案登记</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Destruction</source>
        <translation>销毁登记</translation>
    </message>
    <message>
        <source>Archive loans</source>
        <translation>档案借阅</translation>
    </message>
    <message>
        <source>Archive destruction</source>
        <translation>档案销毁</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Two-person confirmations</source>
        <translation>双人确认</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>One real-name account per person. The account starts without any role: the security administrator grants roles and the jurisdiction.</source>
        <translation>一人一个实名账户。新账户没有任何角色：角色和辖区由安全管理员授予。</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>e.g. wangfang</source>
        <translation>例如 wangfang</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>真实姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号码(&amp;I)：</translation>
    </message>
    <message>
        <source>18-digit citizen ID</source>
        <translation>18 位公民身份号码</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>所在单位(&amp;U)：</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>职务(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Mobile or landline with area code</source>
        <translation>手机号或带区号的固定电话</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>所属地区(&amp;R)：</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate file (.pem, .cer, .der) — never a private key</source>
        <translation>证书文件（.pem、.cer、.der），不得含私钥</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Enter your current password and choose a new one.</source>
        <translation>请输入当前密码，并设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <source>The new password must</source>
        <translation>新密码须满足</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Changes apply at once to every account and are recorded in the audit log. The server refuses anything weaker than the rules: at least 10 characters with letters, digits and special characters; periodic change; lockout after repeated failures; idle sessions time out.</source>
        <translation>修改立即对所有账户生效，并记入审计日志。服务器拒绝低于规定的设置：密码至少 10 位并同时包含字母、数字和特殊字符；定期更换；多次输错后锁定；空闲会话超时退出。</translation>
    </message>
    <message>
        <source>Minimum &amp;length:</source>
        <translation>最小长度(&amp;L)：</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <source>Require a &amp;letter</source>
        <translation>必须包含字母(&amp;L)</translation>
    </message>
    <message>
        <source>Require a &amp;digit</source>
        <translation>必须包含数字(&amp;D)</translation>
    </message>
    <message>
        <source>Require a &amp;special character</source>
        <translation>必须包含特殊字符(&amp;S)</translation>
    </message>
    <message>
        <source>Password &amp;valid for:</source>
        <translation>密码有效期(&amp;V)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Lock after &amp;failures:</source>
        <translation>连续错误锁定次数(&amp;F)：</translation>
    </message>
    <message>
        <source>Lock &amp;duration:</source>
        <translation>锁定时长(&amp;D)：</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Session &amp;idle timeout:</source>
        <translation>会话空闲超时(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation>保存策略(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RefuseDialog</name>
    <message>
        <source>Refuse Application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>The application is closed as refused; the reason is recorded in the query log (seed 003 附件1.五(四)).</source>
        <translation>申请将以“不予受理”办结，原因记入查询日志（seed 003 附件1.五(四)）。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation>不予受理原因</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Optional: what exactly is missing or unclear</source>
        <translation>选填：具体缺少或不明确的内容</translation>
    </message>
    <message>
        <source>Read this to the applicant:</source>
        <translation>请向申请人宣读：</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Public Credit Information Report (continued)</source>
        <translation>公共信用信息查询报告（续）</translation>
    </message>
    <message>
        <source>Report no. %1</source>
        <translation>报告编号：%1</translation>
    </message>
    <message>
        <source>Report no. %1    Verification code %2</source>
        <translation>报告编号：%1&#x3000;&#x3000;验证码：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Report no.: %1</source>
        <translation>报告编号：%1</translation>
    </message>
    <message>
        <source>Public Credit Information Report</source>
        <translation>公共信用信息查询报告</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>被查询主体</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation>公民身份号码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Information classes</source>
        <translation>信息类别</translation>
    </message>
    <message>
        <source>Window / clerk</source>
        <translation>受理窗口/经办人</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>I</source>
        <translation>一</translation>
    </message>
    <message>
        <source>II</source>
        <translation>二</translation>
    </message>
    <message>
        <source>III</source>
        <translation>三</translation>
    </message>
    <message>
        <source>IV</source>
        <translation>四</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>信息类目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录名称及内容</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>[Applicant disputes] %1</source>
        <translation>【申请人存疑】%1</translation>
    </message>
    <message>
        <source>Credit records (%1)</source>
        <translation>公共信用信息记录（共 %1 条）</translation>
    </message>
    <message>
        <source>No public credit information on this subject was found within the classes of this query.</source>
        <translation>经查询，在本次查询的信息类别范围内，未发现该主体的公共信用信息记录。</translation>
    </message>
    <message>
        <source>Record %1 “%2”: marked “applicant disputes”, reason: %3</source>
        <translation>第 %1 条“%2”：已标注“申请人存疑”，理由：%3</translation>
    </message>
    <message>
        <source> (mark kept until %1)</source>
        <translation>（标注保留至 %1）</translation>
    </message>
    <message>
        <source>Dispute marks</source>
        <translation>异议标注</translation>
    </message>
    <message>
        <source>The applicant disputes the following records. They remain valid; users of this report should read them together with the stated reason.</source>
        <translation>申请人对下列记录存有异议，记录仍然有效，报告使用者应结合所述理由审慎使用。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>The information in this report comes from the public credit information platform as collected from the providing departments up to the time of issue.</source>
        <translation>本报告信息来源于公共信用信息平台归集的各信息提供单位数据，截至报告出具时间。</translation>
    </message>
    <message>
        <source>Information classes on this report: %1. Class C (internal government use) is not provided to the public.</source>
        <translation>本报告包含的信息类别：%1。C 类（政府内部应用）信息不向社会提供。</translation>
    </message>
    <message>
        <source>Records under dispute processing are suspended and not listed.</source>
        <translation>正在进行异议处理的记录暂停使用，不在本报告中列示。</translation>
    </message>
    <message>
        <source>This report is issued free of charge for the purpose “%1” only; please keep it safe and do not use it for other purposes.</source>
        <translation>本报告免费出具，仅供“%1”使用，请妥善保管，不得用于其他用途。</translation>
    </message>
    <message>
        <source>Report verification</source>
        <translation>报告核验</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>验证码：%1</translation>
    </message>
    <message>
        <source>This report can be verified at the credit centre with its report number and verification code; the QR code carries both.</source>
        <translation>本报告可凭报告编号和验证码到公共信用信息中心核验真伪；二维码中载有报告编号和验证码。</translation>
    </message>
    <message>
        <source>Issuing unit (seal):</source>
        <translation>出具单位（盖章）：</translation>
    </message>
    <message>
        <source>Clerk: %1    Issued at: %2</source>
        <translation>经办人：%1&#x3000;&#x3000;出具时间：%2</translation>
    </message>
    <message>
        <source>Public Credit Information Report %1</source>
        <translation>公共信用信息查询报告 %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>报告无法写入 %1。请检查该文件夹是否存在且可写入。</translation>
    </message>
    <message>
        <source>The report was written to %1 but cannot be read back: %2</source>
        <translation>报告已写入 %1，但无法读回：%2</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>报告无法保存到 %1：%2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Particulars</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Records concerned (%1)</source>
        <translation>涉及的信用信息（%1 条）</translation>
    </message>
    <message>
        <source>From today the records above carry the mark “dispute in progress” and are suspended from use until the result is delivered.</source>
        <translation>自即日起，上列信息标注“异议正在处理”并暂停使用，至处理结果送达为止。</translation>
    </message>
    <message>
        <source>The credit centre completes the case within 30 days of acceptance; a complicated case may be extended, with approval, by at most 15 working days.</source>
        <translation>信用中心自受理之日起 30 日内办理完毕；情况复杂的，经批准可延长，最长不超过 15 个工作日。</translation>
    </message>
    <message>
        <source>Please keep this receipt and bring it with your ID card to collect the result.</source>
        <translation>请妥善保管本回执，领取处理结果时请携带本回执及身份证件。</translation>
    </message>
    <message>
        <source>The result was verified with the providing department and approved by the credit authority.</source>
        <translation>处理结果经向信息提供部门核查，并经信用主管部门核准。</translation>
    </message>
    <message>
        <source>Where a record was corrected or deleted, the applicant may print the corrected credit information once free of charge.</source>
        <translation>信息经更正或删除的，申请人可免费打印一次更正后的信用信息。</translation>
    </message>
    <message>
        <source>An applicant who still disputes the result may, within 5 working days of receiving this report, apply to mark the record “applicant disputes”.</source>
        <translation>申请人对处理结果仍有异议的，可在领取本报告后 5 个工作日内申请对该信息标注“申请人存疑”。</translation>
    </message>
    <message>
        <source>The mark “applicant disputes” is set within 7 working days of acceptance and kept for 30 days; the record itself remains valid.</source>
        <translation>“申请人存疑”标注自受理之日起 7 个工作日内办理，保留 30 日；该信息本身仍然有效。</translation>
    </message>
    <message>
        <source>The applicant may apply at the window to revoke the mark.</source>
        <translation>申请人可到窗口申请撤销该标注。</translation>
    </message>
    <message>
        <source>The mark “applicant disputes” is revoked within 5 working days of acceptance.</source>
        <translation>“申请人存疑”标注自受理之日起 5 个工作日内撤销。</translation>
    </message>
    <message>
        <source>Document verification</source>
        <translation>文书验证</translation>
    </message>
    <message>
        <source>This document can be verified at the credit centre with its number and verification code; the QR code carries both.</source>
        <translation>本文书可凭编号和验证码到信用中心验证真伪；二维码包含编号和验证码。</translation>
    </message>
    <message>
        <source>Issued by: %1    Issued at: %2</source>
        <translation>经办人：%1    出具时间：%2</translation>
    </message>
    <message>
        <source>Dispute Application Acceptance Receipt</source>
        <translation>异议申请受理回执</translation>
    </message>
    <message>
        <source>Dispute Handling Result Report</source>
        <translation>异议处理结果报告</translation>
    </message>
    <message>
        <source>Dispute Mark Application Acceptance Receipt</source>
        <translation>异议标注申请受理回执</translation>
    </message>
    <message>
        <source>Dispute Mark Revocation Acceptance Receipt</source>
        <translation>撤销异议标注申请受理回执</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Document no.: %1</source>
        <translation>文书编号：%1</translation>
    </message>
    <message>
        <source>Document no. %1</source>
        <translation>文书编号 %1</translation>
    </message>
    <message>
        <source>Document no. %1    Verification code %2</source>
        <translation>文书编号 %1    验证码 %2</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Querying unit</source>
        <translation>查询单位</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看人</translation>
    </message>
    <message>
        <source>Viewer: %1    Issued at: %2</source>
        <translation>查看人：%1&#x3000;&#x3000;出具时间：%2</translation>
    </message>
    <message>
        <source>Public Credit Information (Department Query)</source>
        <translation>公共信用信息查询结果（部门查询）</translation>
    </message>
    <message>
        <source>The information comes from the public credit information platform as collected from the providing departments up to the time of issue, within the querying unit&apos;s jurisdiction.</source>
        <translation>本结果信息来源于公共信用信息平台归集的各信息提供单位数据，截至出具时间，限于查询单位辖区范围。</translation>
    </message>
    <message>
        <source>Information classes in this export: %1. Class B appears only under an approved authorization; class C is for internal government use and must not be disclosed to the public.</source>
        <translation>本结果包含的信息类别：%1。B 类信息仅在授权申请获批后提供；C 类信息为政府内部应用信息，不得向社会公开。</translation>
    </message>
    <message>
        <source>Records under dispute processing are suspended and shown without content.</source>
        <translation>正在进行异议处理的记录暂停使用，不显示内容。</translation>
    </message>
    <message>
        <source>For the stated purpose “%1” of the querying unit only; do not pass it on. The viewing is recorded in the permanent query log.</source>
        <translation>仅供查询单位用于“%1”，不得转交他人。本次查看已记入永久保存的查询日志。</translation>
    </message>
</context>
<context>
    <name>RequiredMaterialsList</name>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 (missing)</source>
        <translation>✗ %1（尚缺）</translation>
    </message>
</context>
<context>
    <name>RevocationsPage</name>
    <message>
        <source>A revoked certificate is refused at once: on its next request and at its next connection.</source>
        <translation>证书吊销后立即失效：其下一次请求和下一次连接都会被拒绝。</translation>
    </message>
    <message>
        <source>Certificates in use</source>
        <translation>使用中的证书</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <source>e.g. lost, lent, holder left</source>
        <translation>例如：遗失、借给他人、持证人离职</translation>
    </message>
    <message>
        <source>Re&amp;voke certificate</source>
        <translation>吊销证书(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Login, name or unit</source>
        <translation>登录名、姓名或单位</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>搜索账户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择账户。</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>辖区(&amp;J)：</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Separation of duties: the system administrator, the security administrator and the security auditor are three different people; the auditor holds no other role. Nobody changes their own roles.</source>
        <translation>职责分离：系统管理员、安全管理员和安全审计员须由三人分别担任；安全审计员不得兼任其他角色；任何人不得修改本人的角色。</translation>
    </message>
    <message>
        <source>&amp;Save roles and jurisdiction</source>
        <translation>保存角色和辖区(&amp;S)</translation>
    </message>
</context>
<context>
    <name>StaleAccountsPage</name>
    <message>
        <source>&amp;Unused for at least:</source>
        <translation>至少未使用(&amp;U)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Active accounts nobody has used for this long. Hand the list to the system administrator to disable or deregister them.</source>
        <translation>在此期间无人使用的正常账户。请将名单交系统管理员停用或注销。</translation>
    </message>
    <message>
        <source>Unused accounts</source>
        <translation>闲置账户</translation>
    </message>
</context>
<context>
    <name>TlsIdentity</name>
    <message>
        <source>Secure connections (TLS) are not available on this computer: the TLS plugin or the OpenSSL library is missing (available backends: %1). Please reinstall the client or contact the system administrator.</source>
        <translation>本机无法建立安全连接（TLS）：缺少 TLS 插件或 OpenSSL 库（可用后端：%1）。请重新安装客户端或联系系统管理员。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not valid. Enter it as host:port, for example 127.0.0.1:8443.</source>
        <translation>服务器地址“%1”无效。请按“主机:端口”格式填写，例如 127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>Cannot open the certificate file %1. Check that the file exists and that you may read it.</source>
        <translation>无法打开证书文件 %1。请确认文件存在且您有权读取。</translation>
    </message>
    <message>
        <source>The certificate could not be opened. Check the certificate password. Certificate files exported with the old RC2-40 encryption are not supported; in that case ask the administrator for a new certificate file.</source>
        <translation>无法打开数字证书，请检查证书密码是否正确。本系统不支持以旧式 RC2-40 加密导出的证书文件，如属此种情况，请联系管理员重新签发证书文件。</translation>
    </message>
    <message>
        <source>Your certificate expired on %1. Please ask the system administrator for a new certificate.</source>
        <translation>您的数字证书已于 %1 过期，请联系系统管理员更换证书。</translation>
    </message>
    <message>
        <source>Your certificate is not valid before %1. Check the computer&apos;s date and time.</source>
        <translation>您的数字证书在 %1 之前无效，请检查本机的日期和时间。</translation>
    </message>
    <message>
        <source>The CA file %1 could not be read or holds no certificate. It is the platform&apos;s CA certificate (ca.pem) given to you with your certificate.</source>
        <translation>无法读取 CA 证书文件 %1，或文件中没有证书。该文件是与您的数字证书一同发放的平台 CA 证书（ca.pem）。</translation>
    </message>
</context>
<context>
    <name>VerifyReportDialog</name>
    <message>
        <source>Verify a Report</source>
        <translation>报告核验</translation>
    </message>
    <message>
        <source>Enter the report number and the verification code printed at the foot of the report. The server checks them against the archived report.</source>
        <translation>请输入报告编号和报告底部印制的验证码，系统将与存档报告进行核对。</translation>
    </message>
    <message>
        <source>Report &amp;number:</source>
        <translation>报告编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <source>Report on file</source>
        <translation>存档报告</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>被查询主体：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>出具时间：</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>核验(&amp;V)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>WalkInApplicationForm</name>
    <message>
        <source>Application &amp;type:</source>
        <translation>申请类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Application type</source>
        <translation>申请类型</translation>
    </message>
    <message>
        <source>Su&amp;bject is a:</source>
        <translation>主体类型(&amp;B)：</translation>
    </message>
    <message>
        <source>Subject kind</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>The authorization letter was recorded with this application.</source>
        <translation>授权委托书已随本申请登记。</translation>
    </message>
    <message>
        <source>Citizen &amp;ID number:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>18 characters, check digit verified while typing</source>
        <translation>18 位，输入时即校验校验码</translation>
    </message>
    <message>
        <source>Subject ID number</source>
        <translation>被查询主体证件号码</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>Applicant name</source>
        <translation>申请人姓名</translation>
    </message>
    <message>
        <source>ID t&amp;ype:</source>
        <translation>证件类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Applicant ID type</source>
        <translation>申请人证件类型</translation>
    </message>
    <message>
        <source>ID n&amp;umber:</source>
        <translation>证件号码(&amp;U)：</translation>
    </message>
    <message>
        <source>Applicant ID number</source>
        <translation>申请人证件号码</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>联系电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Applicant phone</source>
        <translation>申请人联系电话</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询内容</translation>
    </message>
    <message>
        <source>Pur&amp;pose:</source>
        <translation>查询用途(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. bank loan, tender, employment</source>
        <translation>例如：银行贷款、招投标、求职</translation>
    </message>
    <message>
        <source>Query purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Information &amp;classes:</source>
        <translation>信息类别(&amp;C)：</translation>
    </message>
    <message>
        <source>A – public</source>
        <translation>A 类 – 社会公开</translation>
    </message>
    <message>
        <source>B – authorized query</source>
        <translation>B 类 – 授权查询</translation>
    </message>
    <message>
        <source>Class C (internal government use) is never given to the public.</source>
        <translation>C 类（政府内部应用）信息不向社会提供。</translation>
    </message>
    <message>
        <source>O&amp;ral application (the clerk fills in the form for the applicant)</source>
        <translation>口头申请（由窗口人员代为填写申请表）(&amp;R)</translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation>授权委托书</translation>
    </message>
    <message>
        <source>Authorized &amp;party:</source>
        <translation>被授权人(&amp;P)：</translation>
    </message>
    <message>
        <source>Name as written in the letter</source>
        <translation>按委托书所载填写</translation>
    </message>
    <message>
        <source>Authorized party name</source>
        <translation>被授权人姓名</translation>
    </message>
    <message>
        <source>Party&apos;s ID t&amp;ype:</source>
        <translation>被授权人证件类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Authorized party ID type</source>
        <translation>被授权人证件类型</translation>
    </message>
    <message>
        <source>Party&apos;s ID &amp;number:</source>
        <translation>被授权人证件号码(&amp;N)：</translation>
    </message>
    <message>
        <source>Authorized party ID number</source>
        <translation>被授权人证件号码</translation>
    </message>
    <message>
        <source>Authorized &amp;matters:</source>
        <translation>授权事项(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. query my public credit information on my behalf</source>
        <translation>例如：代为查询本人公共信用信息</translation>
    </message>
    <message>
        <source>Authorized matters</source>
        <translation>授权事项</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>有效期自(&amp;V)：</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有效期起始日</translation>
    </message>
    <message>
        <source>un&amp;til</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期截止日</translation>
    </message>
    <message>
        <source>Authorized c&amp;lasses:</source>
        <translation>授权信息类别(&amp;L)：</translation>
    </message>
    <message>
        <source>Cat&amp;egories:</source>
        <translation>授权信息类目(&amp;E)：</translation>
    </message>
    <message>
        <source>Tick none when the letter allows all categories.</source>
        <translation>委托书未限定类目时不勾选（即全部类目）。</translation>
    </message>
    <message>
        <source>Authorized purp&amp;ose:</source>
        <translation>授权查询用途(&amp;O)：</translation>
    </message>
    <message>
        <source>Authorized purpose</source>
        <translation>授权查询用途</translation>
    </message>
    <message>
        <source>Certi&amp;fied by:</source>
        <translation>公证或盖章(&amp;F)：</translation>
    </message>
    <message>
        <source>Certification</source>
        <translation>公证或盖章</translation>
    </message>
    <message>
        <source>Certification &amp;details:</source>
        <translation>公证/盖章信息(&amp;D)：</translation>
    </message>
    <message>
        <source>Notary office and certificate number, or the sealing unit</source>
        <translation>公证机构及公证书编号，或盖章单位</translation>
    </message>
    <message>
        <source>Certification details</source>
        <translation>公证或盖章信息</translation>
    </message>
    <message>
        <source>Application and subject</source>
        <translation>申请类型与被查询主体</translation>
    </message>
</context>
<context>
    <name>WalkInExtensionPage</name>
    <message>
        <source>Walk-in queries that could not be answered on the spot must be answered within 15 working days. With your approval the deadline is extended once, by at most 15 working days (seed 003 附件1.五(六)). Choose an application, state the reason and approve.</source>
        <translation>不能当场答复的现场查询须在 15 个工作日内答复；经您批准可延长一次，延长期限不超过 15 个工作日（seed 003 附件1.五(六)）。请选择申请，填写理由后批准。</translation>
    </message>
    <message>
        <source>Approve an extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>No application chosen.</source>
        <translation>尚未选择申请。</translation>
    </message>
    <message>
        <source>E&amp;xtension (working days):</source>
        <translation>延长工作日数(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. the providing department has not yet confirmed the record</source>
        <translation>例如：信息提供单位尚未核实该记录</translation>
    </message>
    <message>
        <source>&amp;Approve the extension</source>
        <translation>批准延期(&amp;A)</translation>
    </message>
</context>
<context>
    <name>WalkInMaterialsPanel</name>
    <message>
        <source>Scanned materials</source>
        <translation>申请材料（扫描件）</translation>
    </message>
    <message>
        <source>Required for this application:</source>
        <translation>本申请须提交：</translation>
    </message>
    <message>
        <source>Required materials</source>
        <translation>须提交的材料</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>材料类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Material kind</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF scan of the document</source>
        <translation>JPEG、PNG 或 PDF 格式的扫描件</translation>
    </message>
    <message>
        <source>Attached materials</source>
        <translation>已添加的材料</translation>
    </message>
</context>
<context>
    <name>WalkInPendingList</name>
    <message>
        <source>Applications that could not be answered on the spot, earliest deadline first. Overdue applications are shown in red.</source>
        <translation>不能当场答复的申请，按答复期限先后排列；逾期未答复的以红色显示。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Applications awaiting an answer</source>
        <translation>待答复的申请</translation>
    </message>
    <message>
        <source>&amp;Open to answer or refuse</source>
        <translation>打开办理(&amp;O)</translation>
    </message>
</context>
<context>
    <name>WalkInReportView</name>
    <message>
        <source>Report issued</source>
        <translation>已出具报告</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>报告编号：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>出具时间：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>被查询主体：</translation>
    </message>
    <message>
        <source>ID / credit code:</source>
        <translation>证件号码 / 信用代码：</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>查询用途：</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>信息类别：</translation>
    </message>
    <message>
        <source>Window / clerk:</source>
        <translation>受理窗口 / 经办人：</translation>
    </message>
    <message>
        <source>Credit records on the report</source>
        <translation>报告所列信用记录</translation>
    </message>
    <message>
        <source>Credit records</source>
        <translation>信用记录</translation>
    </message>
    <message>
        <source>Not yet handed over.</source>
        <translation>尚未交付。</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;hand-over…</source>
        <translation>登记交付(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Next applicant</source>
        <translation>办理下一位(&amp;N)</translation>
    </message>
</context>
<context>
    <name>WalkInTerms</name>
    <message>
        <source>Self-query</source>
        <translation>本人查询</translation>
    </message>
    <message>
        <source>Query of another subject (authorization letter)</source>
        <translation>查询他人（凭授权委托书）</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Answer within deadline</source>
        <translation>限期答复</translation>
    </message>
</context>
<context>
    <name>WalkInWidget</name>
    <message>
        <source>&amp;Verify a report…</source>
        <translation>报告核验(&amp;V)…</translation>
    </message>
    <message>
        <source>Application at the window</source>
        <translation>窗口受理</translation>
    </message>
    <message>
        <source>This application</source>
        <translation>本次申请</translation>
    </message>
    <message>
        <source>Application no.:</source>
        <translation>申请编号：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>办理状态：</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Answer due:</source>
        <translation>答复期限：</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>新申请(&amp;N)</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>不予受理(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Defer answer…</source>
        <translation>限期答复(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Register application</source>
        <translation>登记申请(&amp;R)</translation>
    </message>
    <message>
        <source>Run &amp;query and issue report</source>
        <translation>查询并出具报告(&amp;Q)</translation>
    </message>
    <message>
        <source>Awaiting answer</source>
        <translation>待答复</translation>
    </message>
    <message>
        <source>Enter runs the next step; Tab moves to the next field; Alt + the underlined letter jumps to a field.</source>
        <translation>回车键执行下一步；Tab 键移到下一项；Alt + 带下划线的字母可直接跳到该项。</translation>
    </message>
</context>
<context>
    <name>cp::client::AccountActionDialog</name>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>Disable the account of %1? Its sessions end at once; it can be re-enabled later.</source>
        <translation>停用 %1 的账户？其会话立即结束，以后可重新启用。</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Deregister account</source>
        <translation>注销账户</translation>
    </message>
    <message>
        <source>Deregister the account of %1 because the holder transferred or left? This is final: its certificates are revoked; the record, login name and ID number stay.</source>
        <translation>因持有人调离或离职注销 %1 的账户？注销不可恢复：其证书将被吊销；账户记录、登录名和身份证号码保留。</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Left the unit</source>
        <translation>离职</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>说明(&amp;O)：</translation>
    </message>
    <message>
        <source>De&amp;register</source>
        <translation>注销(&amp;R)</translation>
    </message>
    <message>
        <source>Leaked password or lost certificate</source>
        <translation>口令泄露或证书遗失</translation>
    </message>
    <message>
        <source>%1 reported a leak or a loss. The account is disabled and every certificate of it is revoked, in one step.</source>
        <translation>%1 报告口令泄露或证书遗失。账户将被停用，其全部证书同时吊销。</translation>
    </message>
    <message>
        <source>Password leaked</source>
        <translation>口令泄露</translation>
    </message>
    <message>
        <source>Certificate lost or lent</source>
        <translation>证书遗失或外借</translation>
    </message>
    <message>
        <source>Disable and &amp;revoke</source>
        <translation>停用并吊销(&amp;R)</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>cp::client::AccountsPage</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
    <message>
        <source>Account %1 created without roles; the security administrator grants them.</source>
        <translation>账户 %1 已创建，暂无角色，由安全管理员授予。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Account disabled; its sessions have ended.</source>
        <translation>账户已停用，其会话已结束。</translation>
    </message>
    <message>
        <source>Account deregistered; its certificates are revoked.</source>
        <translation>账户已注销，其证书已吊销。</translation>
    </message>
    <message>
        <source>Account disabled and its certificates revoked.</source>
        <translation>账户已停用，其证书已吊销。</translation>
    </message>
    <message>
        <source>Account re-enabled.</source>
        <translation>账户已重新启用。</translation>
    </message>
    <message>
        <source>Account unlocked.</source>
        <translation>账户已解锁。</translation>
    </message>
    <message>
        <source>%1 is an administrator&apos;s account: the reset takes effect when another administrator confirms request %2 (tab Two-person confirmations).</source>
        <translation>%1 是管理员账户：须由另一名管理员在“双人确认”中确认第 %2 号申请后，重置才生效。</translation>
    </message>
    <message>
        <source>Password reset; no password is issued. Tell %1 to log in with their own certificate before %2 (whatever they type as password) and choose a new password.</source>
        <translation>密码已重置，系统不发放任何密码。请通知%1在 %2 前用本人证书登录（密码栏可随意填写），然后自行设置新密码。</translation>
    </message>
</context>
<context>
    <name>cp::client::AdminRequestsPage</name>
    <message>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Bind certificate</source>
        <translation>绑定证书</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更事项</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Lapses at</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1，序列号 %2</translation>
    </message>
    <message>
        <source>Choose the request to confirm.</source>
        <translation>请选择要确认的申请。</translation>
    </message>
    <message>
        <source>Confirmed: the password of %1 is reset; they choose a new one at their next login.</source>
        <translation>已确认：%1 的密码已重置，其下次登录时自行设置新密码。</translation>
    </message>
    <message>
        <source>Confirmed: the certificate is bound to %1.</source>
        <translation>已确认：证书已绑定到 %1。</translation>
    </message>
    <message>
        <source>Choose the request to reject.</source>
        <translation>请选择要驳回的申请。</translation>
    </message>
    <message>
        <source>Request %1 rejected; nothing was changed.</source>
        <translation>第 %1 号申请已驳回，未做任何变更。</translation>
    </message>
</context>
<context>
    <name>cp::client::ApiClient</name>
    <message>
        <source>The connection to the server is not set up yet.</source>
        <translation>尚未设置与服务器的连接。</translation>
    </message>
    <message>
        <source>The server sent an answer this client does not understand. Please contact the system administrator.</source>
        <translation>服务器返回了本客户端无法识别的内容，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The server reported an error (HTTP %1). Please try again later or contact the system administrator.</source>
        <translation>服务器返回错误（HTTP %1），请稍后重试或联系系统管理员。</translation>
    </message>
    <message>
        <source>(Technical details: %1)</source>
        <translation>（技术信息：%1）</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted (%1). You may be connected to the wrong server, or the CA file does not belong to this system. Please contact the system administrator.</source>
        <translation>服务器证书未通过验证（%1）。您可能连接到了错误的服务器，或 CA 证书文件不属于本系统，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer within %2 seconds. Please try again; if this keeps happening, check the network or contact the system administrator.</source>
        <translation>服务器 %1 在 %2 秒内没有响应。请重试；如反复出现，请检查网络或联系系统管理员。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Please check the network connection and the server address; if the problem persists, contact the system administrator.</source>
        <translation>无法连接到服务器 %1。请检查网络连接和服务器地址是否正确；如问题持续，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: the server did not accept your certificate. It may have been revoked, may have expired, or may come from another certification authority. Please contact the system administrator.</source>
        <translation>与服务器建立安全连接失败：服务器不接受您的数字证书。证书可能已被吊销、已过期或不是由本系统的证书机构签发，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: your certificate has been revoked. Please contact the system administrator for a new certificate.</source>
        <translation>与服务器建立安全连接失败：您的数字证书已被吊销，请联系系统管理员重新办理证书。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: your certificate was not issued by this system&apos;s certification authority. Check that you chose the right certificate file, or contact the system administrator.</source>
        <translation>与服务器建立安全连接失败：您的数字证书不是由本系统的证书机构签发，请确认选择了正确的证书文件，或联系系统管理员。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: the server considers your certificate expired. Please contact the system administrator for a new certificate.</source>
        <translation>与服务器建立安全连接失败：服务器认为您的数字证书已过期，请联系系统管理员更换证书。</translation>
    </message>
</context>
<context>
    <name>cp::client::AppController</name>
    <message>
        <source>Your session has ended because it was idle for too long. Please log in again.</source>
        <translation>由于长时间未操作，会话已过期，请重新登录。</translation>
    </message>
    <message>
        <source>You have been logged out because the password was not changed.</source>
        <translation>由于未修改密码，您已退出登录。</translation>
    </message>
    <message>
        <source>You have logged out.</source>
        <translation>您已注销。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveDestructionDialog</name>
    <message>
        <source>Retention period expired</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose who counts and checks the items.</source>
        <translation>请选择清点核对人。</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveDestructionsPage</name>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Count and check</source>
        <translation>清点核对</translation>
    </message>
    <message>
        <source>Count the items of list %1 against the list and record the result.</source>
        <translation>请对照销毁清册 %1 清点、核对档案，并登记结果。</translation>
    </message>
    <message numerus="yes">
        <source>%n destruction list(s).</source>
        <translation>
            <numerusform>共 %n 份销毁清册。</numerusform>
        </translation>
    </message>
    <message>
        <source>List %1 counted and checked; it awaits the leader&apos;s approval.</source>
        <translation>销毁清册 %1 已清点核对，待领导审批。</translation>
    </message>
    <message>
        <source>Destruction of list %1 recorded; the scans are erased and the list is archived.</source>
        <translation>销毁清册 %1 已登记销毁，扫描件已清除，清册已存档。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveExecutionDialog</name>
    <message>
        <source>Enter the place, the method and who destroyed the files.</source>
        <translation>请填写销毁地点、销毁方式和销毁人员。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveFilingDialog</name>
    <message>
        <source>Enter the volume number and its room, cabinet and shelf.</source>
        <translation>请填写卷号及其所在的档案室、档案柜和架/层。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveHistoryDialog</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Borrower / checker</source>
        <translation>借阅人/核对人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Loan / list</source>
        <translation>借阅单/清册</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Item history</source>
        <translation>档案履历</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Volume %1</source>
        <translation>卷 %1</translation>
    </message>
    <message>
        <source>Kept until %1</source>
        <translation>保管至 %1</translation>
    </message>
    <message>
        <source>On loan (%1)</source>
        <translation>借出中（%1）</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Erased %1</source>
        <translation>已于 %1 清除</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Borrower history</source>
        <translation>借阅人履历</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s) as borrower.</source>
        <translation>
            <numerusform>共借阅 %n 次。</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借阅单号</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>查阅方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已归还</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>The scan is of a type the viewer does not open (%1).</source>
        <translation>该扫描件的类型（%1）不能在查看器中打开。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveItemsPage</name>
    <message>
        <source>Not yet filed</source>
        <translation>待归档</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Retention expired</source>
        <translation>保管期满</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>已销毁</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>On loan (%1)</source>
        <translation>借出中（%1）</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷号</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保管至</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借阅</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s).</source>
        <translation>
            <numerusform>共 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received today, not yet filed.</source>
        <translation>
            <numerusform>今日接收待归档 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) filed.</source>
        <translation>
            <numerusform>已归档 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan %1 registered; it awaits the leader&apos;s approval.</source>
        <translation>借阅单 %1 已登记，待领导审批。</translation>
    </message>
    <message>
        <source>Loan %1 registered; check it out on the Loans tab.</source>
        <translation>借阅单 %1 已登记，请在“借阅”页办理出借。</translation>
    </message>
    <message>
        <source>Destruction list %1 drawn up; %2 counts and checks it.</source>
        <translation>销毁清册 %1 已造册，由 %2 清点核对。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveLoanDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the borrower.</source>
        <translation>请选择借阅人。</translation>
    </message>
    <message>
        <source>Enter the purpose of the loan.</source>
        <translation>请填写借阅用途。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveLoansPage</name>
    <message>
        <source>Open loans</source>
        <translation>未结借阅</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Cancel the loan</source>
        <translation>撤销借阅</translation>
    </message>
    <message>
        <source>Why is the loan cancelled?</source>
        <translation>撤销借阅的理由：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借阅单号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>查阅方式</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借阅用途</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>档案</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s), %1 overdue.</source>
        <translation>
            <numerusform>共 %n 件借阅，其中 %1 件逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s).</source>
        <translation>
            <numerusform>共 %n 件借阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loan %1 checked out; print the slip for the borrower to sign.</source>
        <translation>借阅单 %1 已出借，请打印借阅登记单交借阅人签字。</translation>
    </message>
    <message>
        <source>Return of loan %1 registered.</source>
        <translation>借阅单 %1 已登记归还。</translation>
    </message>
    <message>
        <source>Loan %1 cancelled.</source>
        <translation>借阅单 %1 已撤销。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveReturnDialog</name>
    <message>
        <source>Item</source>
        <translation>档案</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Register the return of %1</source>
        <translation>登记借阅单 %1 的归还</translation>
    </message>
    <message>
        <source>Describe the damage or the missing pages.</source>
        <translation>请写明破损或缺页情况。</translation>
    </message>
</context>
<context>
    <name>cp::client::ArchiveStepDialog</name>
    <message>
        <source>Enter the reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>cp::client::AuditLogPage</name>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All queries (query.*)</source>
        <translation>全部查询（query.*）</translation>
    </message>
    <message>
        <source>Logins and sessions (auth.*)</source>
        <translation>登录与会话（auth.*）</translation>
    </message>
    <message>
        <source>Refused access</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>Audit review (audit.*)</source>
        <translation>审计操作（audit.*）</translation>
    </message>
    <message>
        <source>Backups (backup.*)</source>
        <translation>备份（backup.*）</translation>
    </message>
    <message>
        <source>Disputes (dispute.*)</source>
        <translation>异议处理（dispute.*）</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>全部结果</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Folder for the audit report</source>
        <translation>审计报告保存目录</translation>
    </message>
    <message>
        <source>Exported audit CSV</source>
        <translation>已导出的审计 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) match.</source>
        <translation>
            <numerusform>共 %n 条符合条件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Seq: %1</source>
        <translation>序号：%1</translation>
    </message>
    <message>
        <source>Time: %1 (Beijing)</source>
        <translation>时间：%1（北京时间）</translation>
    </message>
    <message>
        <source>Account: %1%2</source>
        <translation>账号：%1%2</translation>
    </message>
    <message>
        <source> (no. %1)</source>
        <translation>（编号 %1）</translation>
    </message>
    <message>
        <source>Certificate serial: %1</source>
        <translation>证书序列号：%1</translation>
    </message>
    <message>
        <source>Workstation: %1</source>
        <translation>工作站：%1</translation>
    </message>
    <message>
        <source>Action: %1 (%2)</source>
        <translation>操作：%1（%2）</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>对象：%1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Previous hash: %1</source>
        <translation>前一条哈希：%1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <source>This entry matches its hash and its link to the previous entry.</source>
        <translation>本条记录与其哈希一致，与前一条记录的链接完好。</translation>
    </message>
    <message>
        <source>This entry&apos;s link to the previous entry is broken.</source>
        <translation>本条记录与前一条记录的链接已断裂。</translation>
    </message>
    <message>
        <source>This entry has been changed: its content no longer matches its hash.</source>
        <translation>本条记录已被改动：内容与其哈希不符。</translation>
    </message>
    <message>
        <source>Verifying the whole chain…</source>
        <translation>正在校验整条审计链…</translation>
    </message>
    <message>
        <source>Chain intact: all %1 entries verified at %2.</source>
        <translation>审计链完整：%2 校验通过，共 %1 条记录。</translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1 (%2). The %3 entries before it verified.</source>
        <translation>审计链在第 %1 条处断裂（%2）。此前的 %3 条记录校验通过。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Report %1: %n entry(ies) in %2 with its signature file and PDF.</source>
        <translation>
            <numerusform>报告 %1：%n 条记录已保存为 %2，并附签名文件和 PDF。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a signature file of an audit export.</source>
        <translation>%1 不是审计导出的签名文件。</translation>
    </message>
    <message>
        <source>Report %1 is genuine and unchanged.</source>
        <translation>报告 %1 真实且未被改动。</translation>
    </message>
    <message>
        <source>The server knows no report %1.</source>
        <translation>服务器上没有编号为 %1 的报告。</translation>
    </message>
    <message>
        <source>Report %1 does NOT match: the file or its signature was changed.</source>
        <translation>报告 %1 校验不符：文件或其签名已被改动。</translation>
    </message>
    <message>
        <source>Walk-in query</source>
        <translation>现场查询</translation>
    </message>
    <message>
        <source>Department query</source>
        <translation>部门查询</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>拒绝访问</translation>
    </message>
    <message>
        <source>Audit chain verified</source>
        <translation>校验审计链</translation>
    </message>
    <message>
        <source>Audit report exported</source>
        <translation>导出审计报告</translation>
    </message>
    <message>
        <source>Audit report checked</source>
        <translation>校验审计报告</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup verified</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Old backup removed</source>
        <translation>删除过期备份</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Broken chain found</source>
        <translation>发现断链</translation>
    </message>
    <message>
        <source>Chain TRUNCATED: entries recorded in a checkpoint, backup or export are missing or were replaced (%1).</source>
        <translation>审计链被截断：检查点、备份或导出报告记录过的条目已缺失或被替换（%1）。</translation>
    </message>
    <message>
        <source>Chain verification FAILED: %1</source>
        <translation>审计链校验未通过：%1</translation>
    </message>
</context>
<context>
    <name>cp::client::BAuthorizationApprovalPage</name>
    <message>
        <source>Pending requests</source>
        <translation>待审核的申请</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>全部申请</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) listed.</source>
        <translation>
            <numerusform>共 %n 条申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the reason for the rejection; the requester will see it.</source>
        <translation>请填写驳回理由，申请人可见。</translation>
    </message>
    <message>
        <source>Request no. %1: %2.</source>
        <translation>申请 %1：%2。</translation>
    </message>
</context>
<context>
    <name>cp::client::BAuthorizationRequestDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation>— 请选择查询用途 —</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>date format</comment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Submit Request</source>
        <translation>提交申请(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Choose or describe the purpose.</source>
        <translation>请选择或填写查询用途。</translation>
    </message>
    <message>
        <source>Name the legal basis or the subject&apos;s written consent.</source>
        <translation>请填写查询依据（法律法规条款或信息主体书面同意）。</translation>
    </message>
    <message>
        <source>The end date must not be before the start date.</source>
        <translation>截止日期不能早于起始日期。</translation>
    </message>
</context>
<context>
    <name>cp::client::BackupPage</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <translation>
            <numerusform>每 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>every %n hour(s)</source>
        <translation>
            <numerusform>每 %n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled full backup %1; the newest %2 files are kept in %3 on the server. Last backup: %4. Next due: %5.</source>
        <translation>计划全量备份：%1；服务器目录 %3 中保留最新的 %2 个文件。上次备份：%4。下次备份：%5。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未校验</translation>
    </message>
    <message>
        <source>OK, %1</source>
        <translation>通过，%1</translation>
    </message>
    <message>
        <source>FAILED, %1</source>
        <translation>未通过，%1</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Removed by retention</source>
        <translation>已按保留策略删除</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>计划备份</translation>
    </message>
    <message>
        <source>Manual (%1)</source>
        <translation>手动（%1）</translation>
    </message>
    <message>
        <source>Backing up while the server keeps running…</source>
        <translation>正在备份，服务器照常运行…</translation>
    </message>
    <message>
        <source>Backup %1 made and verified (%2, SHA-256 %3).</source>
        <translation>备份 %1 已完成并校验通过（%2，SHA-256 %3）。</translation>
    </message>
    <message>
        <source>Backup %1 verified: %2</source>
        <translation>备份 %1 校验通过：%2</translation>
    </message>
    <message>
        <source>Backup %1 FAILED verification: %2</source>
        <translation>备份 %1 校验未通过：%2</translation>
    </message>
    <message>
        <source>Restored into the new file %1 on the server: %2 tables, audit chain intact (%3 entries). Stop the server and swap the files to use it.</source>
        <translation>已恢复为服务器上的新文件 %1：%2 张表，审计链完整（%3 条记录）。如需启用，请停止服务器后替换文件。</translation>
    </message>
</context>
<context>
    <name>cp::client::CalendarPage</name>
    <message>
        <source>Official schedule shipped with the software (read-only).</source>
        <translation>随软件发布的官方放假安排（只读）。</translation>
    </message>
    <message>
        <source>Not entered yet: only weekends are days off in %1.</source>
        <translation>尚未录入：%1 年目前仅按周末计算休息日。</translation>
    </message>
    <message>
        <source>Entered by a system administrator.</source>
        <translation>由系统管理员录入。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 不在 %2 年内。</translation>
    </message>
    <message>
        <source>%1 is a weekday already; only a weekend day can be an adjusted working day.</source>
        <translation>%1 本来就是工作日，只有周末才能登记为调休上班日。</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>The schedule of %1 is saved; deadlines from now on count on it.</source>
        <translation>%1 年的放假安排已保存，此后的期限均按此计算。</translation>
    </message>
</context>
<context>
    <name>cp::client::CarryOutApprovalPage</name>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved, not yet used</source>
        <translation>已批准，尚未外出</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>全部申请</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>介质</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>外出事由</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>前往地点</translation>
    </message>
    <message>
        <source>Carried by</source>
        <translation>携带人</translation>
    </message>
    <message>
        <source>Back on</source>
        <translation>预计返还</translation>
    </message>
    <message>
        <source>Applied by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 (two people)</source>
        <translation>%1（双人外出）</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s).</source>
        <translation>
            <numerusform>共 %n 件申请。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::CarryOutRequestDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>%1 media are carried out by two people: choose the second person.</source>
        <translation>%1级介质须双人携带外出，请选择第二携带人。</translation>
    </message>
    <message>
        <source>A leader approves the application before the medium may leave.</source>
        <translation>申请经单位领导批准后，介质方可带出。</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>提交申请(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::CertificatesPage</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>证书主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) expire within 30 days: issue new ones in time.</source>
        <translation>
            <numerusform>%n 张证书将在 30 天内到期，请及时换发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s).</source>
        <translation>
            <numerusform>共 %n 张证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>指纹（SHA-256）：%1</translation>
    </message>
    <message>
        <source> · revoked %1: %2</source>
        <translation> · %1 吊销：%2</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
    <message>
        <source>Certificate bound to %1.</source>
        <translation>证书已绑定到 %1。</translation>
    </message>
    <message>
        <source>Revoked by the CA (CRL)</source>
        <translation>已被 CA 吊销（CRL）</translation>
    </message>
    <message>
        <source>%1 is an administrator&apos;s account: the certificate is bound when another administrator confirms request %2 (tab Two-person confirmations).</source>
        <translation>%1 是管理员账户：须由另一名管理员在“双人确认”中确认第 %2 号申请后，证书才绑定。</translation>
    </message>
</context>
<context>
    <name>cp::client::DeferDialog</name>
    <message>
        <source>&amp;Defer Answer</source>
        <translation>限期答复(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::DepartmentAuthorizationList</name>
    <message numerus="yes">
        <source>%n request(s), %1 awaiting a decision.</source>
        <translation>
            <numerusform>共 %n 条申请，其中 %1 条待审核。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::DepartmentSearchPage</name>
    <message>
        <source>Automatic</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>ID number / credit code (exact)</source>
        <translation>证件号码 / 信用代码（精确）</translation>
    </message>
    <message>
        <source>Name begins with</source>
        <translation>名称开头</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID number / credit code</source>
        <translation>证件号码 / 信用代码</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>主体类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所属地区</translation>
    </message>
    <message>
        <source>Enter at least the first character of the name.</source>
        <translation>请至少输入名称的第一个字。</translation>
    </message>
    <message>
        <source>Enter at least 2 characters of the name.</source>
        <translation>按名称包含查询时请至少输入 2 个字。</translation>
    </message>
    <message>
        <source>No further subjects.</source>
        <translation>没有更多主体。</translation>
    </message>
    <message>
        <source>No subject found.</source>
        <translation>未查询到主体。</translation>
    </message>
    <message>
        <source>Subjects %1–%2%3</source>
        <translation>第 %1–%2 个主体%3</translation>
    </message>
    <message>
        <source>, more on the next page</source>
        <translation>，下一页还有</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>cp::client::DepartmentSubjectView</name>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>信息类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>Credit code:</source>
        <translation>统一社会信用代码：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation>— 请选择查询用途 —</translation>
    </message>
    <message>
        <source>Choose a purpose from the list or describe it before the records are shown.</source>
        <translation>请先从列表中选择或自行填写查询用途，然后才能查看信用记录。</translation>
    </message>
    <message>
        <source>Applicant disputes: %1</source>
        <translation>申请人存疑：%1</translation>
    </message>
    <message numerus="yes">
        <source>Credit records (%n)</source>
        <translation>
            <numerusform>信用记录（%n 条）</numerusform>
        </translation>
    </message>
    <message>
        <source>Jurisdiction: region codes beginning with %1</source>
        <translation>管辖范围：行政区划代码以 %1 开头</translation>
    </message>
    <message>
        <source>Class B records shown under authorization no. %1, valid until %2.</source>
        <translation>B 类信息依据授权申请 %1 显示，有效期至 %2。</translation>
    </message>
    <message>
        <source>Class B (authorized) records are shown only under an approved authorization.</source>
        <translation>B 类（授权查询）信息须经批准的授权后方可显示。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) carry the mark “applicant disputes”; read them with the stated reason.</source>
        <translation>
            <numerusform>%n 条记录带有“申请人存疑”标注，请结合所述理由使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Full identity shown; this viewing has been logged.</source>
        <translation>已显示完整身份信息，本次查看已记入日志。</translation>
    </message>
    <message>
        <source>Report no. %1 issued (verification code %2). Save or print it.</source>
        <translation>已生成报告 %1（验证码 %2），请保存或打印。</translation>
    </message>
    <message>
        <source>Export the report first.</source>
        <translation>请先导出报告。</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>将报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>Authorization request no. %1 was submitted; a credit-centre officer will decide on it. Its status is under “My B-class authorization requests”.</source>
        <translation>授权申请 %1 已提交，待信用中心核查员审核。审核状态见“我的授权申请”。</translation>
    </message>
</context>
<context>
    <name>cp::client::DestructionApprovalPage</name>
    <message>
        <source>Approve destruction</source>
        <translation>批准销毁</translation>
    </message>
    <message>
        <source>Approve the destruction of the items on this list?</source>
        <translation>是否批准销毁本清册所列档案？</translation>
    </message>
    <message>
        <source>Reject destruction</source>
        <translation>不予批准销毁</translation>
    </message>
    <message>
        <source>Why may these items not be destroyed?</source>
        <translation>不予销毁的理由：</translation>
    </message>
    <message numerus="yes">
        <source>%n list(s) await your approval.</source>
        <translation>
            <numerusform>有 %n 份清册待您审批。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeApplicationForm</name>
    <message>
        <source>Dispute</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>信息类目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>记录名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期截止日</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Look up the subject first.</source>
        <translation>请先查询信息主体。</translation>
    </message>
    <message>
        <source>Enter the subject&apos;s ID number or unified social credit code.</source>
        <translation>请输入信息主体的身份证号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>Can be disputed</source>
        <translation>可提出异议</translation>
    </message>
    <message>
        <source>The subject has no records that are shown to the public.</source>
        <translation>该主体没有向社会公开的信用信息。</translation>
    </message>
    <message>
        <source>Tick the records the applicant disputes. A record that cannot be disputed says why.</source>
        <translation>请勾选申请人有异议的信息；不能提出异议的信息注明了原因。</translation>
    </message>
    <message>
        <source>A natural person applies in person with their own ID card.</source>
        <translation>自然人须本人持身份证提出申请。</translation>
    </message>
    <message>
        <source>A legal person applies through an agent: the agent&apos;s ID, the sealed copy of the organisation code certificate and the sealed letter of agency are required.</source>
        <translation>法人由代理人提出申请：须提交代理人身份证、加盖公章的组织机构代码证复印件和加盖公章的授权代理书。</translation>
    </message>
    <message>
        <source>Tick at least one record the applicant disputes.</source>
        <translation>请至少勾选一条申请人有异议的信息。</translation>
    </message>
    <message>
        <source>Enter the reason for the dispute.</source>
        <translation>请填写异议理由。</translation>
    </message>
    <message>
        <source>Dispute accepted as case %1, due by %2. The records are marked “dispute in progress”. Print the acceptance receipt %3 for the applicant.</source>
        <translation>异议已受理，案件编号 %1，应于 %2 前办结。相关信息已标注“异议正在处理”。请为申请人打印受理回执 %3。</translation>
    </message>
    <message>
        <source>Earlier case: %1</source>
        <translation>在先案件：%1</translation>
    </message>
    <message>
        <source>Attach the required materials first.</source>
        <translation>请先添加须提交的材料。</translation>
    </message>
    <message>
        <source>Class %1 record %2, %3 (shown once the dispute is accepted)</source>
        <translation>%1 类信息 %2，%3（受理异议后显示）</translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeCaseList</name>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>信息主体</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>未逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s), %1 overdue</source>
        <translation>
            <numerusform>共 %n 件，其中 %1 件逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeCaseView</name>
    <message>
        <source>Title</source>
        <translation>记录名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>信息状态</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>%1 (extended from %2: %3)</source>
        <translation>%1（由 %2 延期：%3）</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 —— 已逾期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, phone %2</source>
        <translation>%1，电话 %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1，受理人 %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3): %4</source>
        <translation>%1，%2（%3）：%4</translation>
    </message>
    <message>
        <source>Not yet verified.</source>
        <translation>尚未核查。</translation>
    </message>
    <message>
        <source>No result yet.</source>
        <translation>尚无处理结果。</translation>
    </message>
    <message>
        <source>Approved by %1 at %2 %3</source>
        <translation>%1 于 %2 核准 %3</translation>
    </message>
    <message>
        <source>Not yet approved.</source>
        <translation>尚未核准。</translation>
    </message>
    <message>
        <source>Returned: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <source>Received by %1 at %2</source>
        <translation>%1 于 %2 领取</translation>
    </message>
    <message>
        <source>Not yet delivered.</source>
        <translation>尚未送达。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Returned by the approver: %1</source>
        <translation>审批领导退回：%1</translation>
    </message>
    <message>
        <source>A record was corrected or deleted: the applicant may print the corrected information once, free of charge.</source>
        <translation>有信息被更正或删除：申请人可免费打印一次更正后的信息。</translation>
    </message>
    <message>
        <source>The free reprint was used (%1).</source>
        <translation>免费打印已使用（%1）。</translation>
    </message>
    <message>
        <source>No record was changed: no free reprint.</source>
        <translation>没有信息被更正或删除：不提供免费打印。</translation>
    </message>
    <message>
        <source>A mark “applicant disputes” may be applied for until %1.</source>
        <translation>可在 %1 前申请“申请人存疑”标注。</translation>
    </message>
    <message>
        <source>Dispute in progress (suspended)</source>
        <translation>异议正在处理（暂停使用）</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Applicant disputes until %1: %2</source>
        <translation>申请人存疑（至 %1）：%2</translation>
    </message>
    <message>
        <source>Acceptance receipt</source>
        <translation>受理回执</translation>
    </message>
    <message>
        <source>Result report</source>
        <translation>结果报告</translation>
    </message>
    <message>
        <source>Free reprint</source>
        <translation>免费打印</translation>
    </message>
    <message>
        <source>Mark receipt %1</source>
        <translation>标注受理回执 %1</translation>
    </message>
    <message>
        <source>Revocation receipt %1</source>
        <translation>撤销受理回执 %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>The deadline was extended once already.</source>
        <translation>办理期限已延长过一次。</translation>
    </message>
    <message>
        <source>The verification was recorded. Write the result next.</source>
        <translation>核查情况已登记，请出具处理结果。</translation>
    </message>
    <message>
        <source>The result was submitted for approval.</source>
        <translation>处理结果已提交核准。</translation>
    </message>
    <message>
        <source>The result report was approved and issued; the outcomes now apply to the records.</source>
        <translation>结果报告已核准并出具，处理结果已作用于相关信息。</translation>
    </message>
    <message>
        <source>The result was returned to the officer.</source>
        <translation>处理结果已退回核查员。</translation>
    </message>
    <message numerus="yes">
        <source>The deadline was extended by %n working day(s).</source>
        <translation>
            <numerusform>办理期限已延长 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>The delivery was recorded; the mark “dispute in progress” is lifted.</source>
        <translation>送达已登记，“异议正在处理”标注已解除。</translation>
    </message>
    <message>
        <source>The corrected credit information was issued free of charge. Print it for the applicant.</source>
        <translation>已免费出具更正后的信用信息，请为申请人打印。</translation>
    </message>
    <message>
        <source>Mark application %1 was accepted; the credit centre sets the mark by %2.</source>
        <translation>标注申请 %1 已受理，信用中心将于 %2 前作出标注。</translation>
    </message>
    <message>
        <source>The revocation of mark %1 was accepted; the credit centre revokes it by %2.</source>
        <translation>撤销标注 %1 的申请已受理，信用中心将于 %2 前撤销。</translation>
    </message>
    <message>
        <source>The record now carries the mark “applicant disputes” until %1.</source>
        <translation>该信息已标注“申请人存疑”，保留至 %1。</translation>
    </message>
    <message>
        <source>Mark %1 was revoked and cleared from the record.</source>
        <translation>标注 %1 已撤销，并已从该信息中清除。</translation>
    </message>
    <message>
        <source>Save Scan</source>
        <translation>保存扫描件</translation>
    </message>
    <message>
        <source>The scan %1 arrived damaged (checksum mismatch); try again.</source>
        <translation>扫描件 %1 传输后校验不符，请重试。</translation>
    </message>
    <message>
        <source>The scan could not be saved to %1: %2</source>
        <translation>扫描件未能保存到 %1：%2</translation>
    </message>
    <message>
        <source>The scan %1 was saved to %2.</source>
        <translation>扫描件 %1 已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeDocumentDialog</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Save Document as PDF</source>
        <translation>将文书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>文书未能发送到打印机。</translation>
    </message>
    <message>
        <source>%1 was sent to the printer.</source>
        <translation>%1 已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeMarkDialog</name>
    <message>
        <source>Apply for the Mark “Applicant Disputes”</source>
        <translation>受理“申请人存疑”标注申请</translation>
    </message>
    <message>
        <source>Apply to Revoke the Mark</source>
        <translation>受理撤销标注申请</translation>
    </message>
    <message>
        <source>The applicant still disputes the result and asks that the record be marked “applicant disputes”. This is possible until %1 (5 working days after delivery).</source>
        <translation>申请人对处理结果仍有异议，申请对信息标注“申请人存疑”。可申请至 %1（送达后 5 个工作日内）。</translation>
    </message>
    <message>
        <source>The applicant asks to revoke mark %1 on “%2”. The credit centre revokes it within 5 working days.</source>
        <translation>申请人申请撤销“%2”上的标注 %1。信用中心将在 5 个工作日内撤销。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 —— %2</translation>
    </message>
    <message>
        <source>&amp;Reason for the mark:</source>
        <translation>标注原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Reason for the revocation:</source>
        <translation>撤销理由(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Accept application</source>
        <translation>受理申请(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeMarkList</name>
    <message>
        <source>To be carried out</source>
        <translation>待办理</translation>
    </message>
    <message>
        <source>Marks in force</source>
        <translation>有效的标注</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>信用信息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>未逾期</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), %1 overdue</source>
        <translation>
            <numerusform>共 %n 件，其中 %1 件逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeMaterialsEditor</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>An application takes at most %1 files.</source>
        <translation>一次申请最多提交 %1 份材料。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2; a scan may be at most %3.</source>
        <translation>%1 大小为 %2，单个扫描件最多 %3。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file. Please scan the document again in one of these formats.</source>
        <translation>%1 不是 JPEG、PNG 或 PDF 文件，请以上述格式重新扫描。</translation>
    </message>
    <message>
        <source>With %1 the scans would exceed %2 in all.</source>
        <translation>加上 %1，扫描件合计将超过 %2。</translation>
    </message>
    <message>
        <source>Attach Scanned Material</source>
        <translation>添加材料扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>cp::client::DisputeOutcomeEditor</name>
    <message>
        <source>Record</source>
        <translation>异议信息</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Corrected title</source>
        <translation>更正后的标题</translation>
    </message>
    <message>
        <source>Corrected content</source>
        <translation>更正后的内容</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Outcome for %1</source>
        <translation>“%1”的处理结果</translation>
    </message>
</context>
<context>
    <name>cp::client::HandoverDialog</name>
    <message>
        <source>&amp;Record Hand-over</source>
        <translation>登记交付(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::InitialPasswordDialog</name>
    <message>
        <source>One-time initial password of %1:</source>
        <translation>%1 的一次性初始密码：</translation>
    </message>
</context>
<context>
    <name>cp::client::LoanApprovalPage</name>
    <message>
        <source>Awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Approve the loan</source>
        <translation>批准借阅</translation>
    </message>
    <message>
        <source>Approve taking these files out of the archive room?</source>
        <translation>是否批准将这些档案借出档案室？</translation>
    </message>
    <message>
        <source>Reject the loan</source>
        <translation>不予批准借阅</translation>
    </message>
    <message>
        <source>Why is the loan not approved?</source>
        <translation>不予批准的理由：</translation>
    </message>
    <message>
        <source>Renew the loan</source>
        <translation>续借</translation>
    </message>
    <message>
        <source>New return date and the reason for the renewal:</source>
        <translation>新的归还日期及续借理由：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Loan no.</source>
        <translation>借阅单号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借阅人</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>查阅方式</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>借阅用途</translation>
    </message>
    <message>
        <source>Return by</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Renewals</source>
        <translation>续借次数</translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>档案</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s).</source>
        <translation>
            <numerusform>共 %n 件借阅。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::LoginDialog</name>
    <message>
        <source>Logging in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>登录(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>%n more attempt(s) before the account is locked.</source>
        <translation>
            <numerusform>再输错 %n 次账户将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked until %1.</source>
        <translation>锁定至 %1。</translation>
    </message>
    <message>
        <source>Choose your certificate file</source>
        <translation>选择证书文件</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>选择 CA 证书</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx);;All files (*)</source>
        <translation>证书文件 (*.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA certificates (*.pem *.crt);;All files (*)</source>
        <translation>CA 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Your new password is set. Log in with it now.</source>
        <translation>新密码已设置，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>cp::client::MainWindow</name>
    <message>
        <source>Credit Platform Desk</source>
        <translation>公共信用信息查询受理系统</translation>
    </message>
    <message>
        <source>No work area is assigned to your account. Please contact the system administrator.</source>
        <translation>您的账户尚未分配任何功能模块，请联系系统管理员。</translation>
    </message>
    <message>
        <source>The new language is used the next time the client starts.</source>
        <translation>新的界面语言将在下次启动客户端时生效。</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>用户：%1（%2）</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session: expired</source>
        <translation>会话：已过期</translation>
    </message>
    <message>
        <source>Session: %1 left</source>
        <translation>会话剩余：%1</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>About Credit Platform Desk</source>
        <translation>关于公共信用信息查询受理系统</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Credit Platform Desk&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Desk client of the municipal public credit information platform: walk-in and department queries, disputes, archives and administration.&lt;/p&gt;&lt;p&gt;Connected to %2 with your digital certificate.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;公共信用信息查询受理系统&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;市公共信用信息平台受理客户端：现场查询、部门查询、异议处理、档案管理与系统管理。&lt;/p&gt;&lt;p&gt;已使用您的数字证书连接到 %2。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cp::client::MediaLocationDialog</name>
    <message>
        <source>%1 (two people to carry out)</source>
        <translation>%1（双人外出）</translation>
    </message>
    <message>
        <source>Edit Storage Location</source>
        <translation>修改存放位置</translation>
    </message>
    <message>
        <source>Add Storage Location</source>
        <translation>新增存放位置</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::MediaLocationsPage</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Levels it may hold</source>
        <translation>可存放密级</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>介质数</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>%n location(s).</source>
        <translation>
            <numerusform>共 %n 个存放位置。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::MediaRegisterPage</name>
    <message>
        <source>Serial no.</source>
        <translation>介质编号</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>密级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Where now</source>
        <translation>当前位置</translation>
    </message>
    <message>
        <source>Who has it</source>
        <translation>持有人</translation>
    </message>
    <message>
        <source>All but destroyed</source>
        <translation>全部（不含已销毁）</translation>
    </message>
    <message>
        <source>All, destroyed too</source>
        <translation>全部（含已销毁）</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部密级</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全部保管人</translation>
    </message>
    <message numerus="yes">
        <source>%n medium/media shown.</source>
        <translation>
            <numerusform>共 %n 件介质。</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1 · Level: %2 · Custodian: %3</source>
        <translation>状态：%1 · 密级：%2 · 保管人：%3</translation>
    </message>
    <message>
        <source>Storage Media Register</source>
        <translation>存储介质登记簿</translation>
    </message>
    <message>
        <source>Save Register as PDF</source>
        <translation>登记簿另存为 PDF</translation>
    </message>
    <message>
        <source>media-register.pdf</source>
        <translation>存储介质登记簿.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Carried out, overdue</source>
        <translation>外出逾期未还</translation>
    </message>
    <message numerus="yes">
        <source>%n medium/media shown, %1 out past the return date.</source>
        <translation>
            <numerusform>共 %n 件介质，其中 %1 件外出逾期未还。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::MediumChainDialog</name>
    <message>
        <source>Issued to %1</source>
        <translation>领用人%1</translation>
    </message>
    <message>
        <source>Custodian %1</source>
        <translation>保管人%1</translation>
    </message>
    <message>
        <source>Carried by %1</source>
        <translation>携带人%1</translation>
    </message>
    <message>
        <source>Second person %1</source>
        <translation>第二携带人%1</translation>
    </message>
    <message>
        <source>Verified by %1</source>
        <translation>核验人%1</translation>
    </message>
    <message>
        <source>Witness %1</source>
        <translation>监销人%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>tool: %1</source>
        <translation>工具：%1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>关联介质 %1</translation>
    </message>
    <message>
        <source>application no. %1</source>
        <translation>申请 %1 号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Counter-signer</source>
        <translation>会签人</translation>
    </message>
    <message>
        <source>People</source>
        <translation>相关人员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Audit no.</source>
        <translation>审计序号</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Chain of Custody — %1</source>
        <translation>流转记录 — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;%5 · custodian %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;br&gt;%5 · 保管人%6</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Save Chain of Custody as PDF</source>
        <translation>流转记录另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
</context>
<context>
    <name>cp::client::MediumDialog</name>
    <message>
        <source>%1 (holds: %2)</source>
        <translation>%1（可存放：%2）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Change Register Entry</source>
        <translation>变更登记信息</translation>
    </message>
    <message>
        <source>Changes are recorded in the medium&apos;s chain of custody. Only a medium in store can be changed.</source>
        <translation>变更将记入介质流转记录。只有在库介质可以变更。</translation>
    </message>
    <message>
        <source>Register Storage Medium</source>
        <translation>登记存储介质</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cp::client::MediumEventDialog</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Re&amp;pairer:</source>
        <translation>维修单位(&amp;P)：</translation>
    </message>
    <message>
        <source>Pl&amp;ace of destruction:</source>
        <translation>销毁地点(&amp;A)：</translation>
    </message>
    <message>
        <source>Needs a wipe record made since the medium was last used: the contents must be erased beyond recovery first.</source>
        <translation>须有介质最近一次使用后的数据清除记录：存储内容须先清除且不可恢复。</translation>
    </message>
    <message>
        <source>Two witnesses other than you attend the destruction.</source>
        <translation>销毁须由您以外的两名监销人在场。</translation>
    </message>
    <message>
        <source>Only with an approved carry-out application; the carriers are those named in it.</source>
        <translation>须有经批准的携带外出申请；携带人以申请为准。</translation>
    </message>
    <message>
        <source>The replaced medium is withdrawn until it is destroyed; a replacement for an issued medium is issued to the same person.</source>
        <translation>被更换的介质停用待销毁；已发放介质的替换介质发放给原领用人。</translation>
    </message>
    <message>
        <source>The verifier checks that nothing can be recovered.</source>
        <translation>核验人确认数据已不可恢复。</translation>
    </message>
</context>
<context>
    <name>cp::client::NewAccountDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>18 digits; the last may be X. One account per ID number.</source>
        <translation>18 位，末位可为 X。一个身份证号码只能有一个账户。</translation>
    </message>
    <message>
        <source>Check digit correct.</source>
        <translation>校验位正确。</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1.</source>
        <translation>无法读取证书文件 %1。</translation>
    </message>
</context>
<context>
    <name>cp::client::PasswordChangeDialog</name>
    <message>
        <source>Change Password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Password Change Required</source>
        <translation>必须修改密码</translation>
    </message>
    <message>
        <source>This is your first login, or your password has expired. Choose a new password before you continue. If you cancel, you will be logged out.</source>
        <translation>这是您首次登录，或您的密码已过期。请先设置新密码再继续使用；如果取消，将退出登录。</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>be at least %n character(s) long</source>
        <translation>
            <numerusform>长度至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>contain a letter</source>
        <translation>包含字母</translation>
    </message>
    <message>
        <source>contain a digit</source>
        <translation>包含数字</translation>
    </message>
    <message>
        <source>contain a special character, such as ! @ # %</source>
        <translation>包含特殊字符，如 ! @ # %</translation>
    </message>
    <message>
        <source>contain no spaces or control characters</source>
        <translation>不含空格或控制字符</translation>
    </message>
    <message>
        <source>be repeated exactly in the second field</source>
        <translation>两次输入的新密码一致</translation>
    </message>
    <message>
        <source>The new password must still: %1</source>
        <translation>新密码还须：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Choose a New Password</source>
        <translation>设置新密码</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one now; nobody else, the administrator included, ever sees it. Then log in with it.</source>
        <translation>管理员已重置您的密码。请现在设置新密码：除您本人外，包括管理员在内，任何人都看不到它。设置后请用新密码登录。</translation>
    </message>
    <message>
        <source>This is possible until %1.</source>
        <translation>须在 %1 前完成设置。</translation>
    </message>
</context>
<context>
    <name>cp::client::PolicyPage</name>
    <message>
        <source>never expires</source>
        <translation>永不过期</translation>
    </message>
    <message>
        <source>Policy saved; it applies at once.</source>
        <translation>策略已保存，立即生效。</translation>
    </message>
</context>
<context>
    <name>cp::client::RefuseDialog</name>
    <message>
        <source>&amp;Refuse Application</source>
        <translation>不予受理(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Loading the reasons…</source>
        <translation>正在读取不予受理原因…</translation>
    </message>
</context>
<context>
    <name>cp::client::RevocationsPage</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>证书主题</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose the certificate to revoke.</source>
        <translation>请选择要吊销的证书。</translation>
    </message>
    <message>
        <source>Certificate of %1 revoked: it is refused from now on.</source>
        <translation>%1 的证书已吊销，从现在起被拒绝。</translation>
    </message>
</context>
<context>
    <name>cp::client::RolesPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>辖区</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Choose an account on the left.</source>
        <translation>请在左侧选择账户。</translation>
    </message>
    <message>
        <source>%1 — your own account: another security administrator must change its roles.</source>
        <translation>%1 — 本人账户：须由另一名安全管理员修改其角色。</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Separation of duties: %1 and %2 may not be held by one account. The server will refuse this.</source>
        <translation>职责分离：%1与%2不得由同一账户担任，服务器将拒绝保存。</translation>
    </message>
    <message>
        <source>Roles of %1: %2.</source>
        <translation>%1 的角色：%2。</translation>
    </message>
    <message>
        <source>Opens no work area (least privilege).</source>
        <translation>不能进入任何业务模块（最小权限）。</translation>
    </message>
    <message>
        <source>Opens: %1.</source>
        <translation>可进入：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cp::client::StaleAccountsPage</name>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation>闲置天数</translation>
    </message>
    <message>
        <source>never (created %1)</source>
        <translation>从未使用（%1 创建）</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) unused for %1 days or more.</source>
        <translation>
            <numerusform>%n 个账户已 %1 天或更久未使用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::VerifyReportDialog</name>
    <message>
        <source>Genuine: the report matches the archive</source>
        <translation>真实有效：报告与存档一致</translation>
    </message>
    <message>
        <source>Does not match the archive: the code or the content differs</source>
        <translation>与存档不符：验证码或报告内容与存档不一致</translation>
    </message>
    <message>
        <source>No report with this number exists</source>
        <translation>编号不存在：系统中没有该编号的报告</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 / %3</source>
        <translation>%1，%2 / %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), classes %1</source>
        <translation>
            <numerusform>共 %n 条记录，信息类别：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more record(s) on the paper are not shown to your role</source>
        <translation>
            <numerusform>纸面上另有 %n 条信息，您的角色无权查看</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInApplicationForm</name>
    <message>
        <source>Notarized (subject is a natural person)</source>
        <translation>经公证（被查询人为自然人）</translation>
    </message>
    <message>
        <source>Sealed by the subject (legal person)</source>
        <translation>加盖被查询单位公章（法人）</translation>
    </message>
    <message>
        <source>Credit &amp;code:</source>
        <translation>统一社会信用代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Citizen &amp;ID number:</source>
        <translation>公民身份号码(&amp;I)：</translation>
    </message>
    <message>
        <source>Unified social credit code, 18 characters</source>
        <translation>统一社会信用代码，18 位</translation>
    </message>
    <message>
        <source>18 characters, check digit verified while typing</source>
        <translation>18 位，输入时即校验校验码</translation>
    </message>
    <message>
        <source>Applicant (the subject in person)</source>
        <translation>申请人（被查询人本人）</translation>
    </message>
    <message>
        <source>Applicant (authorized party)</source>
        <translation>申请人（被授权人）</translation>
    </message>
    <message>
        <source>Applicant (agent of the organisation)</source>
        <translation>申请人（单位经办人）</translation>
    </message>
    <message>
        <source>Same as the subject&apos;s ID number</source>
        <translation>与被查询人身份号码相同</translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInExtensionPage</name>
    <message>
        <source>&amp;Choose for an extension</source>
        <translation>选择以批准延期(&amp;C)</translation>
    </message>
    <message>
        <source>Application %1 · %2 · answer due %3</source>
        <translation>申请 %1 · %2 · 答复期限 %3</translation>
    </message>
    <message>
        <source> · already extended to %1</source>
        <translation> · 已延期至 %1</translation>
    </message>
    <message>
        <source>Application %1 must now be answered by %2.</source>
        <translation>申请 %1 的答复期限已延至 %2。</translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInMaterialsPanel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Attach Scanned Material</source>
        <translation>添加材料扫描件</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>扫描件 (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file. Please scan the document again in one of these formats.</source>
        <translation>%1 不是 JPEG、PNG 或 PDF 文件，请以上述格式重新扫描。</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>正在上传…</translation>
    </message>
    <message>
        <source>&amp;Attach scan…</source>
        <translation>添加扫描件(&amp;A)…</translation>
    </message>
    <message>
        <source>Register the application first.</source>
        <translation>请先登记申请。</translation>
    </message>
    <message>
        <source>JPEG, PNG or PDF scan of the document</source>
        <translation>JPEG、PNG 或 PDF 格式的扫描件</translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInPendingList</name>
    <message>
        <source>Application no.</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>被查询主体</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>查询用途</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Within deadline</source>
        <translation>期限内</translation>
    </message>
    <message>
        <source> · extended (original deadline %1)</source>
        <translation> · 已延期（原期限 %1）</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) awaiting an answer, %1 overdue.</source>
        <translation>
            <numerusform>共 %n 件待答复，其中 %1 件已逾期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) awaiting an answer.</source>
        <translation>
            <numerusform>共 %n 件待答复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInReportView</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>信息类目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>记录名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Provided by</source>
        <translation>提供单位</translation>
    </message>
    <message>
        <source>Document no.</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标注</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Applicant disputes: %1</source>
        <translation>申请人存疑：%1</translation>
    </message>
    <message numerus="yes">
        <source>Credit records on the report: %n</source>
        <translation>
            <numerusform>报告所列信用记录：%n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) carry the mark “applicant disputes”; the reason is printed on the report. Point this out to the applicant.</source>
        <translation>
            <numerusform>有 %n 条记录带有“申请人存疑”标注，理由已印在报告上，请向申请人说明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed over to %1 at %2.</source>
        <translation>已于 %2 交付 %1。</translation>
    </message>
    <message>
        <source>Not yet handed over. Print the report, give it to the applicant and record the hand-over.</source>
        <translation>尚未交付。请打印报告交给申请人，并登记交付。</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到 %1。</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>打印预览 – %1</translation>
    </message>
    <message>
        <source>The report could not be sent to the printer.</source>
        <translation>报告未能发送到打印机。</translation>
    </message>
    <message>
        <source>Report %1 was sent to the printer.</source>
        <translation>报告 %1 已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>cp::client::WalkInWidget</name>
    <message>
        <source>Hand-over of report %1 to %2 recorded. Press Enter for the next applicant.</source>
        <translation>报告 %1 已登记交付给 %2。按回车键办理下一位。</translation>
    </message>
    <message>
        <source>Attach the missing materials before running the query.</source>
        <translation>请先补齐所缺材料，再进行查询。</translation>
    </message>
    <message>
        <source>Application %1 registered. Attach the scanned materials, then press Enter to run the query.</source>
        <translation>申请 %1 已登记。请添加材料扫描件，然后按回车键进行查询。</translation>
    </message>
    <message>
        <source>Please correct the marked field: %1</source>
        <translation>请更正标出的项目：%1</translation>
    </message>
    <message>
        <source>The application was not registered: %1</source>
        <translation>申请未能登记：%1</translation>
    </message>
    <message numerus="yes">
        <source>Report %1 issued with %n record(s). Print it and give it to the applicant.</source>
        <translation>
            <numerusform>报告 %1 已出具，共 %n 条记录。请打印并交给申请人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: the authorization letter does not allow this query.
Tell the applicant: %1</source>
        <translation>不予受理：授权委托书不允许本次查询。
请告知申请人：%1</translation>
    </message>
    <message>
        <source>Refused: materials are missing (%1).
Tell the applicant: %2</source>
        <translation>不予受理：材料不齐全（%1）。
请告知申请人：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Refused: the subject does not exist in the credit database.
Tell the applicant: %1</source>
        <translation>不予受理：公共信用信息库中不存在该主体。
请告知申请人：%1</translation>
    </message>
    <message>
        <source>The query could not be run: %1</source>
        <translation>查询未能进行：%1</translation>
    </message>
    <message>
        <source>Application %1 refused.
Read to the applicant: %2</source>
        <translation>申请 %1 不予受理。
请向申请人宣读：%2</translation>
    </message>
    <message>
        <source>Application %1 will be answered by %2 (within 15 working days). Tell the applicant this date; the application is on the list “Awaiting answer”.</source>
        <translation>申请 %1 转为限期答复，答复期限为 %2（15 个工作日内）。请将此日期告知申请人；该申请已列入“待答复”清单。</translation>
    </message>
    <message>
        <source>Application %1 (answer due %2) is open: run the query or refuse it.</source>
        <translation>已打开申请 %1（答复期限 %2）：请进行查询或不予受理。</translation>
    </message>
    <message>
        <source>Attach the missing materials first.</source>
        <translation>请先补齐所缺材料。</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>当场答复</translation>
    </message>
</context>
</TS>
