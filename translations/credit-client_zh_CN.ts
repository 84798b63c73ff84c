<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
