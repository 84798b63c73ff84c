<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 (missing)</source>
        <translation>✗ %1（尚缺）</translation>
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
