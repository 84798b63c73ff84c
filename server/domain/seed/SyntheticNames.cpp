#include "domain/seed/SyntheticNames.h"

#include <QStringBuilder>

#include <algorithm>
#include <initializer_list>
#include <utility>
#include <vector>

namespace cp::server::seed {

const std::array<Region, kRegionCount> kRegions = {{
    {"360202", u"昌江区", u"景德镇市"},
    {"360203", u"珠山区", u"景德镇市"},
    {"360222", u"浮梁县", u"浮梁县"},
    {"360281", u"乐平市", u"乐平市"},
}};

const std::array<const char*, kCategoryCount> kCategoryCodes = {
    "admin_license",     "admin_penalty", "red_list", "black_list",
    "court_enforcement", "tax_arrears",   "honor",    "social_security",
};

namespace {

// Texts with integer weights, built once; pick() returns a shared QString (no copy of the data).
class Table
{
  public:
    Table(std::initializer_list<std::pair<const char16_t*, int>> items)
    {
        for (const auto& [text, weight] : items)
            add(text, weight);
    }
    Table(std::initializer_list<const char16_t*> items)
    {
        for (const char16_t* text : items)
            add(text, 1);
    }
    const QString& pick(Rng& rng) const
    {
        const quint32 r = rng.below(total_);
        const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), r);
        return texts_[std::size_t(it - cumulative_.begin())];
    }

  private:
    void add(const char16_t* text, int weight)
    {
        texts_.push_back(QStringView(text).toString());
        total_ += quint32(weight);
        cumulative_.push_back(total_);
    }
    std::vector<QString> texts_;
    std::vector<quint32> cumulative_;
    quint32 total_ = 0;
};

int pickIndex(Rng& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int r = int(rng.below(quint32(total)));
    int i = 0;
    for (int w : weights) {
        if (r < w)
            return i;
        r -= w;
        ++i;
    }
    return i - 1;
}

QString num(qint64 n)
{
    return QString::number(n);
}
QString zhDate(QDate d)
{
    return num(d.year()) % u"年" % num(d.month()) % u"月" % num(d.day()) % u"日";
}

// --- people ------------------------------------------------------------------------------

// Per 10,000 people, roughly the national frequencies, with Jiangxi's 熊 万 江 程 洪 raised.
const Table& surnames()
{
    static const Table t{
        {u"王", 710}, {u"李", 700}, {u"张", 670}, {u"刘", 540}, {u"陈", 460},  {u"杨", 310}, {u"黄", 240},
        {u"赵", 230}, {u"吴", 200}, {u"周", 190}, {u"徐", 130}, {u"孙", 150},  {u"马", 120}, {u"朱", 120},
        {u"胡", 150}, {u"郭", 110}, {u"何", 100}, {u"高", 100}, {u"林", 100},  {u"罗", 90},  {u"郑", 90},
        {u"梁", 80},  {u"谢", 80},  {u"宋", 70},  {u"唐", 70},  {u"许", 70},   {u"韩", 60},  {u"冯", 60},
        {u"邓", 60},  {u"曹", 50},  {u"彭", 60},  {u"曾", 60},  {u"肖", 50},   {u"田", 50},  {u"董", 40},
        {u"袁", 40},  {u"潘", 40},  {u"于", 40},  {u"蒋", 40},  {u"蔡", 40},   {u"余", 60},  {u"杜", 40},
        {u"叶", 40},  {u"程", 60},  {u"苏", 30},  {u"魏", 30},  {u"吕", 30},   {u"丁", 30},  {u"任", 30},
        {u"沈", 30},  {u"姚", 30},  {u"卢", 30},  {u"姜", 30},  {u"崔", 30},   {u"钟", 30},  {u"谭", 30},
        {u"陆", 20},  {u"汪", 40},  {u"范", 20},  {u"金", 20},  {u"石", 20},   {u"廖", 20},  {u"贾", 20},
        {u"夏", 20},  {u"付", 20},  {u"方", 20},  {u"邹", 20},  {u"熊", 60},   {u"秦", 20},  {u"邱", 20},
        {u"江", 40},  {u"尹", 20},  {u"段", 20},  {u"雷", 20},  {u"侯", 20},   {u"龙", 20},  {u"陶", 20},
        {u"黎", 20},  {u"贺", 20},  {u"顾", 20},  {u"毛", 20},  {u"龚", 20},   {u"万", 40},  {u"洪", 30},
        {u"戴", 20},  {u"严", 20},  {u"孔", 10},  {u"汤", 10},  {u"欧阳", 10},
    };
    return t;
}

const Table& maleChars()
{
    static const Table t{u"伟", u"强", u"磊", u"军", u"勇", u"杰", u"涛", u"斌", u"超", u"明", u"刚", u"平",
                         u"辉", u"鹏", u"华", u"飞", u"鑫", u"波", u"宇", u"浩", u"凯", u"健", u"俊", u"帆",
                         u"旭", u"宁", u"龙", u"林", u"阳", u"建", u"志", u"国", u"峰", u"亮", u"成", u"东",
                         u"荣", u"庆", u"生", u"贵", u"祥", u"昊", u"晨", u"睿", u"泽", u"轩"};
    return t;
}

const Table& femaleChars()
{
    static const Table t{u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"秀", u"玲", u"桂",
                         u"英", u"梅", u"琳", u"婷", u"雪", u"慧", u"莹", u"晶", u"颖", u"倩", u"洁",
                         u"兰", u"萍", u"红", u"燕", u"琴", u"云", u"丹", u"玉", u"佳", u"欣", u"怡",
                         u"悦", u"蕾", u"薇", u"凤", u"珍", u"萱", u"涵", u"琪", u"瑶"};
    return t;
}

const Table& neutralChars()
{
    static const Table t{u"晓", u"海", u"春", u"小", u"金", u"子", u"思", u"文", u"嘉", u"雨",
                         u"一", u"新", u"天", u"永", u"德", u"家", u"秋", u"和", u"安", u"立"};
    return t;
}

// --- organisations -------------------------------------------------------------------------

const Table& tradeChars()
{
    static const Table t{u"华", u"瑞", u"鑫", u"宏", u"盛", u"隆", u"恒", u"泰", u"兴", u"达", u"源", u"丰",
                         u"祥", u"福", u"昌", u"景", u"德", u"青", u"玉", u"明", u"新", u"金", u"龙", u"凤",
                         u"天", u"和", u"嘉", u"晟", u"博", u"远", u"汇", u"诚", u"信", u"益", u"安", u"顺",
                         u"吉", u"永", u"利", u"正", u"荣", u"佳", u"润", u"康", u"宝", u"东", u"方", u"中",
                         u"鼎", u"邦", u"创", u"锦", u"腾", u"越", u"航", u"森", u"林", u"峰", u"川", u"蓝"};
    return t;
}

const Table& industries()
{
    static const Table t{
        {u"陶瓷", 120},    {u"陶瓷文化", 40},   {u"瓷业", 40},     {u"陶艺", 20},       {u"建筑工程", 50},
        {u"建材", 40},     {u"商贸", 80},       {u"贸易", 40},     {u"餐饮管理", 30},   {u"食品", 30},
        {u"茶业", 30},     {u"农业开发", 30},   {u"物流", 30},     {u"汽车服务", 20},   {u"电子科技", 20},
        {u"信息技术", 30}, {u"房地产开发", 20}, {u"物业管理", 20}, {u"医药", 20},       {u"装饰工程", 40},
        {u"劳务", 20},     {u"文化传媒", 30},   {u"旅游开发", 10}, {u"机械制造", 20},   {u"化工", 10},
        {u"环保科技", 20}, {u"教育咨询", 10},   {u"酒店管理", 10}, {u"航空零部件", 10},
    };
    return t;
}

const Table& shopTypes()
{
    static const Table t{{u"陶瓷工作室", 30}, {u"陶艺工作室", 15}, {u"瓷器店", 20},     {u"餐馆", 20},
                         {u"小吃店", 15},     {u"便利店", 15},     {u"五金店", 10},     {u"茶叶店", 10},
                         {u"服装店", 10},     {u"水果店", 10},     {u"理发店", 10},     {u"汽车修理部", 10},
                         {u"建材经营部", 10}, {u"日用品商店", 10}, {u"陶瓷经营部", 20}, {u"农资店", 5}};
    return t;
}

const Table& coopProducts()
{
    static const Table t{{u"茶叶", 30},    {u"蔬菜种植", 20}, {u"水稻种植", 20},  {u"生猪养殖", 10},
                         {u"油茶", 10},    {u"水果种植", 10}, {u"中药材种植", 5}, {u"农机", 5},
                         {u"水产养殖", 5}, {u"食用菌", 5}};
    return t;
}

const Table& towns(int region)
{
    static const Table changjiang{u"鲇鱼山镇", u"丽阳镇", u"荷塘乡", u"吕蒙乡"};
    static const Table zhushan{u"竟成镇", u"新村街道", u"太白园街道"};
    static const Table fuliang{u"瑶里镇", u"鹅湖镇", u"经公桥镇", u"蛟潭镇", u"湘湖镇", u"王港乡", u"兴田乡"};
    static const Table leping{u"涌山镇", u"镇桥镇", u"礼林镇", u"众埠镇", u"接渡镇", u"洎阳街道", u"塔前镇"};
    switch (region) {
    case 0:
        return changjiang;
    case 1:
        return zhushan;
    case 2:
        return fuliang;
    default:
        return leping;
    }
}

QString tradeName(Rng& rng)
{
    const Table& t = tradeChars();
    QString name = t.pick(rng);
    QString second = t.pick(rng);
    while (second == name)
        second = t.pick(rng);
    return name + second;
}

// Individual businesses and cooperatives are registered by the county-level bureau.
QString countyPrefix(int region)
{
    const Region& r = kRegions[std::size_t(region)];
    return region <= 1 ? QString(QStringView(r.prefix) % QStringView(r.name))
                       : QStringView(r.prefix).toString();
}

// --- providing departments -----------------------------------------------------------------

enum class Domain {
    Market,
    Tax,
    Court,
    HumanResources,
    Housing,
    Environment,
    Transport,
    Safety,
    Health,
    Development,
    Government,
    Education
};

struct Department
{
    QString name;
    QString abbr; // in document numbers: 景市监处罚〔2024〕123号; a court's: （2024）赣0203执123号
};

struct DepartmentEntry
{
    Domain domain;
    int region; // index into kRegions; -1: city level, serves every county
    const char16_t* name;
    const char16_t* abbr;
};

constexpr DepartmentEntry kDepartments[] = {
    {Domain::Market, -1, u"景德镇市市场监督管理局", u"景市监"},
    {Domain::Tax, -1, u"国家税务总局景德镇市税务局", u"景税"},
    {Domain::Court, -1, u"景德镇市中级人民法院", u"赣02"},
    {Domain::HumanResources, -1, u"景德镇市人力资源和社会保障局", u"景人社"},
    {Domain::Housing, -1, u"景德镇市住房和城乡建设局", u"景建"},
    {Domain::Environment, -1, u"景德镇市生态环境局", u"景环"},
    {Domain::Transport, -1, u"景德镇市交通运输局", u"景交"},
    {Domain::Safety, -1, u"景德镇市应急管理局", u"景应急"},
    {Domain::Health, -1, u"景德镇市卫生健康委员会", u"景卫"},
    {Domain::Development, -1, u"景德镇市发展和改革委员会", u"景发改"},
    {Domain::Government, -1, u"景德镇市人民政府", u"景府"},
    {Domain::Education, -1, u"景德镇市教育局", u"景教"},
    {Domain::Market, 0, u"景德镇市昌江区市场监督管理局", u"昌市监"},
    {Domain::Tax, 0, u"国家税务总局景德镇市昌江区税务局", u"昌税"},
    {Domain::Court, 0, u"景德镇市昌江区人民法院", u"赣0202"},
    {Domain::Market, 1, u"景德镇市珠山区市场监督管理局", u"珠市监"},
    {Domain::Tax, 1, u"国家税务总局景德镇市珠山区税务局", u"珠税"},
    {Domain::Court, 1, u"景德镇市珠山区人民法院", u"赣0203"},
    {Domain::Market, 2, u"浮梁县市场监督管理局", u"浮市监"},
    {Domain::Tax, 2, u"国家税务总局浮梁县税务局", u"浮税"},
    {Domain::Court, 2, u"浮梁县人民法院", u"赣0222"},
    {Domain::HumanResources, 2, u"浮梁县人力资源和社会保障局", u"浮人社"},
    {Domain::Housing, 2, u"浮梁县住房和城乡建设局", u"浮住建"},
    {Domain::Government, 2, u"浮梁县人民政府", u"浮府"},
    {Domain::Market, 3, u"乐平市市场监督管理局", u"乐市监"},
    {Domain::Tax, 3, u"国家税务总局乐平市税务局", u"乐税"},
    {Domain::Court, 3, u"乐平市人民法院", u"赣0281"},
    {Domain::HumanResources, 3, u"乐平市人力资源和社会保障局", u"乐人社"},
    {Domain::Housing, 3, u"乐平市住房和城乡建设局", u"乐住建"},
    {Domain::Government, 3, u"乐平市人民政府", u"乐府"},
};

// The county's own bureau when it has one (most of the time), else the city's.
const Department& department(Rng& rng, Domain domain, int region)
{
    struct Built
    {
        Domain domain;
        int region;
        Department department;
    };
    static const std::vector<Built> all = [] {
        std::vector<Built> v;
        for (const DepartmentEntry& e : kDepartments)
            v.push_back(
                {e.domain, e.region, {QStringView(e.name).toString(), QStringView(e.abbr).toString()}});
        return v;
    }();
    const Department* city = nullptr;
    const Department* county = nullptr;
    for (const Built& b : all) {
        if (b.domain == domain && b.region == -1)
            city = &b.department;
        else if (b.domain == domain && b.region == region)
            county = &b.department;
    }
    return county && rng.percent(65) ? *county : *city;
}

QString documentNumber(Rng& rng, const Department& d, const char16_t* kind, QDate decision)
{
    return d.abbr % QStringView(kind) % u"〔" % num(decision.year()) % u"〕" % num(rng.between(1, 999)) %
           u"号";
}

QString caseNumber(Rng& rng, const Department& court, QDate decision)
{
    return u"（" % num(decision.year()) % u"）" % court.abbr % u"执" % num(rng.between(1, 3999)) % u"号";
}

QString yuan(qint64 amount)
{
    return u"人民币" % num(amount) % u"元";
}

qint64 anyOf(Rng& rng, std::initializer_list<qint64> choices)
{
    return *(choices.begin() + rng.below(quint32(choices.size())));
}

// Table entries apply to legal persons ('L'), natural persons ('N') or both ('B').
template <class Entry, std::size_t N> const Entry& pickFor(Rng& rng, const Entry (&entries)[N], bool legal)
{
    for (;;) {
        const Entry& e = entries[rng.below(quint32(N))];
        if (e.who == 'B' || e.who == (legal ? 'L' : 'N'))
            return e;
    }
}

// --- the categories ------------------------------------------------------------------------

struct Licence
{
    const char16_t* title;
    Domain domain;
    const char16_t* numberPrefix;
    char who;
};
constexpr Licence kLicences[] = {
    {u"食品经营许可证核发", Domain::Market, u"JY1", 'L'},
    {u"食品生产许可证核发", Domain::Market, u"SC1", 'L'},
    {u"药品经营许可证核发", Domain::Market, u"YJ", 'L'},
    {u"工业产品生产许可证核发", Domain::Market, u"XK", 'L'},
    {u"特种设备使用登记", Domain::Market, u"TS", 'L'},
    {u"建筑工程施工许可证核发", Domain::Housing, u"SG", 'L'},
    {u"建筑业企业资质核准", Domain::Housing, u"D3", 'L'},
    {u"排污许可证核发", Domain::Environment, u"PW", 'L'},
    {u"道路货物运输经营许可", Domain::Transport, u"YS", 'L'},
    {u"公共场所卫生许可证核发", Domain::Health, u"WS", 'L'},
    {u"教师资格认定", Domain::Education, u"JS", 'N'},
    {u"医师执业注册", Domain::Health, u"YZ", 'N'},
    {u"护士执业注册", Domain::Health, u"HS", 'N'},
    {u"道路运输从业人员从业资格证核发", Domain::Transport, u"CY", 'N'},
    {u"执业药师注册", Domain::Market, u"ZY", 'N'},
    {u"建筑施工特种作业操作资格证核发", Domain::Housing, u"TZ", 'N'},
};

RecordText licence(Rng& rng, const SubjectTraits& s, QDate decision)
{
    static const Table findings{u"未发现违法违规问题。", u"发现台账记录不全，已现场指导规范。",
                                u"发现问题已责令限期整改，复查合格。"};
    const Licence& l = pickFor(rng, kLicences, s.legal);
    const Department& dept = department(rng, l.domain, s.region);
    const QString number = QStringView(l.numberPrefix) %
                           QLatin1StringView(kRegions[std::size_t(s.region)].code) %
                           num(rng.between(1, 9999999)).rightJustified(7, u'0');
    RecordText r;
    r.department = dept.name;
    // A: the licence itself (双公示); B: its changes and renewals; C: the bureau's own inspections.
    switch (pickIndex(rng, {55, 20, 25})) {
    case 0:
        r.title = QStringView(l.title).toString();
        r.validUntil = rng.percent(85) ? decision.addYears(5).addDays(-1) : QDate();
        r.content = u"经审查，申请材料齐全、符合法定形式，决定准予行政许可。许可证编号：" % number %
                    u"，有效期至" % (r.validUntil.isValid() ? zhDate(r.validUntil) : QStringLiteral("长期")) %
                    u"。";
        r.documentNumber = documentNumber(rng, dept, u"许", decision);
        break;
    case 1: {
        const QString change = rng.percent(50) ? QStringLiteral("变更") : QStringLiteral("延续");
        r.openClass = 'B';
        r.title = QStringView(l.title) % u"（" % change % u"）";
        r.validUntil = decision.addYears(5).addDays(-1);
        r.content = u"申请" % change % u"许可（许可证编号" % number % u"），经审查符合法定条件，准予" %
                    change % u"。";
        r.documentNumber = documentNumber(rng, dept, u"许", decision);
        break;
    }
    default:
        r.openClass = 'C';
        r.title = QStringView(l.title) % u"事项日常监督检查";
        r.content = u"对许可证（编号" % number % u"）所涉许可事项开展日常监督检查，" % findings.pick(rng);
    }
    return r;
}

struct Violation
{
    const char16_t* fact;  // 违法事实
    const char16_t* basis; // 处罚依据
    Domain domain;
    char who;
};
constexpr Violation kViolations[] = {
    {u"未按规定公示年度报告", u"《企业信息公示暂行条例》第十八条", Domain::Market, 'L'},
    {u"经营超过保质期的食品", u"《中华人民共和国食品安全法》第一百二十四条", Domain::Market, 'B'},
    {u"未取得食品经营许可从事食品经营活动", u"《中华人民共和国食品安全法》第一百二十二条", Domain::Market,
     'B'},
    {u"发布虚假广告", u"《中华人民共和国广告法》第五十五条", Domain::Market, 'L'},
    {u"销售不合格产品", u"《中华人民共和国产品质量法》第四十九条", Domain::Market, 'B'},
    {u"不按规定明码标价", u"《中华人民共和国价格法》第四十二条", Domain::Market, 'B'},
    {u"使用未经定期检验的特种设备", u"《中华人民共和国特种设备安全法》第八十四条", Domain::Market, 'L'},
    {u"超标排放大气污染物", u"《中华人民共和国大气污染防治法》第九十九条", Domain::Environment, 'L'},
    {u"建设项目未依法报批环境影响评价文件擅自开工建设", u"《中华人民共和国环境影响评价法》第三十一条",
     Domain::Environment, 'L'},
    {u"未取得施工许可证擅自施工", u"《建筑工程施工许可管理办法》第十二条", Domain::Housing, 'L'},
    {u"随意倾倒建筑垃圾", u"《城市建筑垃圾管理规定》第二十六条", Domain::Housing, 'B'},
    {u"未取得道路运输经营许可擅自从事道路运输经营", u"《中华人民共和国道路运输条例》第六十三条",
     Domain::Transport, 'B'},
    {u"未按规定对从业人员进行安全生产教育和培训", u"《中华人民共和国安全生产法》第九十七条", Domain::Safety,
     'L'},
    {u"未取得公共场所卫生许可证擅自营业", u"《公共场所卫生管理条例实施细则》第三十五条", Domain::Health, 'B'},
    {u"未按照规定期限办理纳税申报和报送纳税资料", u"《中华人民共和国税收征收管理法》第六十二条", Domain::Tax,
     'B'},
};

RecordText penalty(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const Violation& v = pickFor(rng, kViolations, s.legal);
    const Department& dept = department(rng, v.domain, s.region);
    const qint64 fine = s.legal
                            ? anyOf(rng, {1000, 2000, 3000, 5000, 10000, 20000, 30000, 50000, 100000, 200000})
                            : anyOf(rng, {200, 500, 1000, 2000, 3000, 5000});
    QString punishment;
    switch (pickIndex(rng, {15, 60, 15, 10})) {
    case 0:
        punishment = QStringLiteral("警告");
        break;
    case 1:
        punishment = u"罚款" % yuan(fine);
        break;
    case 2:
        punishment = u"警告，并处罚款" % yuan(fine);
        break;
    default:
        punishment = u"没收违法所得" % yuan(fine / 2 + rng.between(0, 999)) % u"，并处罚款" % yuan(fine);
    }
    RecordText r;
    r.title = QStringView(v.fact) % u"案";
    r.content = u"因" % QStringView(v.fact) % u"，依据" % QStringView(v.basis) % u"的规定，被处以" %
                punishment % u"。";
    r.department = dept.name;
    r.documentNumber = documentNumber(rng, dept, v.domain == Domain::Tax ? u"稽罚" : u"处罚", decision);
    // 行政处罚信息公示期: one year, three for the more serious cases.
    r.validUntil = decision.addYears(rng.percent(80) ? 1 : 3);
    return r;
}

struct ListEntry
{
    const char16_t* title;
    const char16_t* reason; // black list: why; red list / honour: unused
    Domain domain;
    char who;
};
constexpr ListEntry kRedList[] = {
    {u"守合同重信用企业", nullptr, Domain::Market, 'L'},
    {u"纳税信用A级纳税人", nullptr, Domain::Tax, 'L'},
    {u"诚信示范企业", nullptr, Domain::Development, 'L'},
    {u"劳动保障守法诚信示范单位", nullptr, Domain::HumanResources, 'L'},
    {u"诚信建设先进个人", nullptr, Domain::Development, 'N'},
    {u"守信激励对象", nullptr, Domain::Development, 'B'},
};
constexpr ListEntry kHonours[] = {
    {u"景德镇市文明单位", nullptr, Domain::Government, 'L'},
    {u"景德镇市优秀民营企业", nullptr, Domain::Government, 'L'},
    {u"陶瓷文化传承创新示范企业", nullptr, Domain::Government, 'L'},
    {u"安全生产先进单位", nullptr, Domain::Safety, 'L'},
    {u"和谐劳动关系示范企业", nullptr, Domain::HumanResources, 'L'},
    {u"景德镇市道德模范", nullptr, Domain::Government, 'N'},
    {u"见义勇为先进个人", nullptr, Domain::Government, 'N'},
    {u"优秀志愿者", nullptr, Domain::Government, 'N'},
    {u"景德镇市陶瓷艺术大师", nullptr, Domain::Government, 'N'},
};
constexpr ListEntry kBlackList[] = {
    {u"严重违法失信主体名单", u"被列入经营异常名录届满三年仍未履行相关义务", Domain::Market, 'L'},
    {u"重大税收违法失信主体", u"虚开增值税专用发票", Domain::Tax, 'L'},
    {u"重大税收违法失信主体", u"逃避追缴欠税", Domain::Tax, 'N'},
    {u"失信被执行人", u"有履行能力而拒不履行生效法律文书确定的义务", Domain::Court, 'B'},
    {u"拖欠农民工工资失信联合惩戒对象名单", u"拖欠农民工工资数额较大，经责令限期支付逾期未支付",
     Domain::HumanResources, 'B'},
    {u"安全生产严重失信主体名单", u"发生生产安全责任事故", Domain::Safety, 'L'},
};

RecordText redList(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const ListEntry& e = pickFor(rng, kRedList, s.legal);
    const Department& dept = department(rng, e.domain, s.region);
    RecordText r;
    r.title = QStringView(e.title).toString();
    r.content = u"经评审，被认定为" % num(decision.year() - 1) % u"年度" % QStringView(e.title) % u"。";
    r.department = dept.name;
    r.documentNumber = documentNumber(rng, dept, u"信用", decision);
    r.validUntil = decision.addYears(2).addDays(-1);
    return r;
}

RecordText honour(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const ListEntry& e = pickFor(rng, kHonours, s.legal);
    const Department& dept = department(rng, e.domain, s.region);
    RecordText r;
    r.title = QStringView(e.title).toString();
    r.content = num(decision.year()) % u"年被" % dept.name % u"授予“" % QStringView(e.title) % u"”称号。";
    r.department = dept.name;
    r.documentNumber = documentNumber(rng, dept, u"字", decision);
    r.validUntil = rng.percent(30) ? decision.addYears(1) : QDate();
    return r;
}

RecordText blackList(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const ListEntry& e = pickFor(rng, kBlackList, s.legal);
    const Department& dept = department(rng, e.domain, s.region);
    RecordText r;
    r.title = QStringView(e.title).toString();
    r.content = u"因" % QStringView(e.reason) % u"，被" % dept.name % u"列入" % QStringView(e.title) % u"。";
    r.department = dept.name;
    if (e.domain == Domain::Court) {
        r.documentNumber = caseNumber(rng, dept, decision); // stays listed until performed
    } else {
        r.documentNumber = documentNumber(rng, dept, u"失信", decision);
        r.validUntil = decision.addYears(3);
    }
    return r;
}

RecordText courtEnforcement(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const Department& court = department(rng, Domain::Court, s.region);
    const qint64 claim = s.legal ? qint64(rng.between(10, 5000)) * 1000 : qint64(rng.between(5, 500)) * 1000;
    RecordText r;
    r.department = court.name;
    r.documentNumber = caseNumber(rng, court, decision);
    r.openClass = rng.percent(50) ? 'A' : 'B';
    if (rng.percent(80)) {
        r.title = QStringLiteral("被执行人信息");
        r.content = u"执行案号" % r.documentNumber % u"，执行标的" % yuan(claim) % u"，执行法院：" %
                    court.name % u"。";
    } else {
        r.title = QStringLiteral("限制消费令");
        r.content = u"因未按执行通知书指定的期间履行生效法律文书确定的给付义务，" % court.name %
                    u"依法对其采取限制消费措施。";
    }
    return r;
}

RecordText taxArrears(Rng& rng, const SubjectTraits& s, QDate decision)
{
    static const Table legalTaxes{
        {u"增值税", 40}, {u"企业所得税", 25}, {u"城镇土地使用税", 15}, {u"房产税", 10}, {u"印花税", 10}};
    static const Table naturalTaxes{{u"个人所得税", 70}, {u"房产税", 15}, {u"城镇土地使用税", 15}};
    const Department& dept = department(rng, Domain::Tax, s.region);
    const qint64 owed = s.legal ? qint64(rng.between(1, 2000)) * 1000 + rng.between(0, 999)
                                : qint64(rng.between(5, 1000)) * 100 + rng.between(0, 99);
    RecordText r;
    r.openClass = 'B';
    r.title = QStringLiteral("欠税信息");
    r.content = u"截至" % zhDate(decision) % u"，欠缴" % (s.legal ? legalTaxes : naturalTaxes).pick(rng) %
                yuan(owed) % u"，欠税所属期" % num(decision.year() - 1) % u"年度。";
    r.department = dept.name;
    if (rng.percent(50))
        r.documentNumber = documentNumber(rng, dept, u"欠公", decision);
    return r;
}

RecordText socialSecurity(Rng& rng, const SubjectTraits& s, QDate decision)
{
    const Department& dept = department(rng, Domain::HumanResources, s.region);
    RecordText r;
    r.openClass = 'B';
    r.department = dept.name;
    if (s.legal) {
        const int staff = s.form == LegalForm::Enterprise ? rng.between(3, 400) : rng.between(1, 8);
        if (rng.percent(80)) {
            r.title = QStringLiteral("社会保险参保缴费信息");
            r.content = u"截至" % zhDate(decision) %
                        u"，单位参加城镇职工基本养老保险、失业保险、工伤保险，参保职工" % num(staff) %
                        u"人，按时足额缴费。";
        } else {
            r.title = QStringLiteral("欠缴社会保险费信息");
            r.content = u"截至" % zhDate(decision) % u"，参保职工" % num(staff) % u"人，欠缴社会保险费" %
                        yuan(qint64(staff) * rng.between(800, 3000)) % u"。";
            r.documentNumber = documentNumber(rng, dept, u"监", decision);
        }
    } else {
        const int months = rng.percent(75) ? 12 : rng.between(1, 11);
        r.title = QStringLiteral("个人社会保险参保缴费信息");
        r.content = num(decision.year() - 1) % u"年度参加" %
                    (rng.percent(70) ? QStringLiteral("城镇职工基本养老保险")
                                     : QStringLiteral("城乡居民基本养老保险")) %
                    u"，实际缴费" % num(months) % u"个月" %
                    (months == 12 ? QStringLiteral("，无欠缴。") : QStringLiteral("，存在中断缴费。"));
    }
    return r;
}

} // namespace

int pickRegion(Rng& rng)
{
    return pickIndex(rng, {17, 25, 18, 40});
}

QString personName(Rng& rng, Sex sex, int birthYear)
{
    const Table& own = sex == Sex::Male ? maleChars() : femaleChars();
    const QString& surname = surnames().pick(rng);
    if (rng.percent(birthYear < 1980 ? 40 : 22)) // single-character given names, commoner before 1980
        return surname + own.pick(rng);
    const QString& first = rng.percent(70) ? own.pick(rng) : neutralChars().pick(rng);
    return surname % first % own.pick(rng);
}

LegalForm pickLegalForm(Rng& rng)
{
    switch (pickIndex(rng, {62, 30, 8})) {
    case 0:
        return LegalForm::Enterprise;
    case 1:
        return LegalForm::IndividualBusiness;
    default:
        return LegalForm::Cooperative;
    }
}

QString organisationName(Rng& rng, LegalForm form, int region)
{
    const Region& r = kRegions[std::size_t(region)];
    if (form == LegalForm::IndividualBusiness) {
        const QString owner = rng.percent(40) ? QString(surnames().pick(rng) % u"记") : tradeName(rng);
        return countyPrefix(region) % owner % shopTypes().pick(rng);
    }
    if (form == LegalForm::Cooperative)
        return countyPrefix(region) % towns(region).pick(rng) % tradeName(rng) % coopProducts().pick(rng) %
               u"专业合作社";
    const QString trade = tradeName(rng);
    // 浮梁: porcelain and tea country.
    const QString industry = region == 2 && rng.percent(40)
                                 ? (rng.percent(70) ? QStringLiteral("陶瓷") : QStringLiteral("茶业"))
                                 : industries().pick(rng);
    switch (pickIndex(rng, {72, 12, 6, 6, 4})) {
    case 0:
        return QStringView(r.prefix) % trade % industry % u"有限公司";
    case 1:
        return QStringView(r.prefix) % trade % industry % u"有限责任公司";
    case 2:
        return u"江西" % trade % industry % u"股份有限公司";
    case 3:
        return trade % u"（景德镇）" % industry % u"有限公司";
    default:
        return u"江西" % trade % industry % u"有限公司" % QStringView(r.name).left(2) % u"分公司";
    }
}

int pickCategory(Rng& rng)
{
    // admin_license 40%, admin_penalty 20%, red_list 4% + honor 6%, black_list 3%,
    // court_enforcement 8%, tax_arrears 7%, social_security 12%.
    return pickIndex(rng, {400, 200, 40, 30, 80, 70, 60, 120});
}

RecordText composeRecord(Rng& rng, int category, const SubjectTraits& subject, QDate decision)
{
    switch (category) {
    case 0:
        return licence(rng, subject, decision);
    case 1:
        return penalty(rng, subject, decision);
    case 2:
        return redList(rng, subject, decision);
    case 3:
        return blackList(rng, subject, decision);
    case 4:
        return courtEnforcement(rng, subject, decision);
    case 5:
        return taxArrears(rng, subject, decision);
    case 6:
        return honour(rng, subject, decision);
    default:
        return socialSecurity(rng, subject, decision);
    }
}

} // namespace cp::server::seed
