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
    "admin_license", "admin_penalty", "red_list",    "black_list",
    "court_enforcement", "tax_arrears", "honor", "social_security",
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

QString num(qint64 n) { return QString::number(n); }
QString zhDate(QDate d) { return num(d.year()) % u"年" % num(d.month()) % u"月" % num(d.day()) % u"日"; }

// --- people ------------------------------------------------------------------------------

// Per 10,000 people, roughly the national frequencies, with Jiangxi's 熊 万 江 程 洪 raised.
const Table& surnames()
{
    static const Table t{
        {u"王", 710}, {u"李", 700}, {u"张", 670}, {u"刘", 540}, {u"陈", 460}, {u"杨", 310}, {u"黄", 240},
        {u"赵", 230}, {u"吴", 200}, {u"周", 190}, {u"徐", 130}, {u"孙", 150}, {u"马", 120}, {u"朱", 120},
        {u"胡", 150}, {u"郭", 110}, {u"何", 100}, {u"高", 100}, {u"林", 100}, {u"罗", 90},  {u"郑", 90},
        {u"梁", 80},  {u"谢", 80},  {u"宋", 70},  {u"唐", 70},  {u"许", 70},  {u"韩", 60},  {u"冯", 60},
        {u"邓", 60},  {u"曹", 50},  {u"彭", 60},  {u"曾", 60},  {u"肖", 50},  {u"田", 50},  {u"董", 40},
        {u"袁", 40},  {u"潘", 40},  {u"于", 40},  {u"蒋", 40},  {u"蔡", 40},  {u"余", 60},  {u"杜", 40},
        {u"叶", 40},  {u"程", 60},  {u"苏", 30},  {u"魏", 30},  {u"吕", 30},  {u"丁", 30},  {u"任", 30},
        {u"沈", 30},  {u"姚", 30},  {u"卢", 30},  {u"姜", 30},  {u"崔", 30},  {u"钟", 30},  {u"谭", 30},
        {u"陆", 20},  {u"汪", 40},  {u"范", 20},  {u"金", 20},  {u"石", 20},  {u"廖", 20},  {u"贾", 20},
        {u"夏", 20},  {u"付", 20},  {u"方", 20},  {u"邹", 20},  {u"熊", 60},  {u"秦", 20},  {u"邱", 20},
        {u"江", 40},  {u"尹", 20},  {u"段", 20},  {u"雷", 20},  {u"侯", 20},  {u"龙", 20},  {u"陶", 20},
        {u"黎", 20},  {u"贺", 20},  {u"顾", 20},  {u"毛", 20},  {u"龚", 20},  {u"万", 40},  {u"洪", 30},
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
    static const Table t{u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"秀", u"玲", u"桂", u"英",
                         u"梅", u"琳", u"婷", u"雪", u"慧", u"莹", u"晶", u"颖", u"倩", u"洁", u"兰", u"萍",
                         u"红", u"燕", u"琴", u"云", u"丹", u"玉", u"佳", u"欣", u"怡", u"悦", u"蕾", u"薇",
                         u"凤", u"珍", u"萱", u"涵", u"琪", u"瑶"};
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
        {u"陶瓷", 120},     {u"陶瓷文化", 40},   {u"瓷业", 40},     {u"陶艺", 20},     {u"建筑工程", 50},
        {u"建材", 40},      {u"商贸", 80},       {u"贸易", 40},     {u"餐饮管理", 30}, {u"食品", 30},
        {u"茶业", 30},      {u"农业开发", 30},   {u"物流", 30},     {u"汽车服务", 20}, {u"电子科技", 20},
        {u"信息技术", 30},  {u"房地产开发", 20}, {u"物业管理", 20}, {u"医药", 20},     {u"装饰工程", 40},
        {u"劳务", 20},      {u"文化传媒", 30},   {u"旅游开发", 10}, {u"机械制造", 20}, {u"化工", 10},
        {u"环保科技", 20},  {u"教育咨询", 10},   {u"酒店管理", 10}, {u"航空零部件", 10},
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
    static const Table t{{u"茶叶", 30},     {u"蔬菜种植", 20}, {u"水稻种植", 20}, {u"生猪养殖", 10},
                         {u"油茶", 10},     {u"水果种植", 10}, {u"中药材种植", 5}, {u"农机", 5},
                         {u"水产养殖", 5},  {u"食用菌", 5}};
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
    return region <= 1 ? QString(QStringView(r.prefix) % QStringView(r.name)) : QStringView(r.prefix).toString();
}

@@RECORDS@@
} // namespace

int pickRegion(Rng& rng) { return pickIndex(rng, {17, 25, 18, 40}); }

QString personName(Rng& rng, Sex sex, int birthYear)
{
    const Table& own = sex == Sex::Male ? maleChars() : femaleChars();
    const QString& surname = surnames().pick(rng);
    const bool single = rng.percent(birthYear < 1980 ? 40 : 22);
    const QString& first = rng.percent(70) ? own.pick(rng) : neutralChars().pick(rng);
    if (single)
        return surname + own.pick(rng);
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
        const QString owner = rng.percent(40) ? surnames().pick(rng) + u"记" : tradeName(rng);
        return countyPrefix(region) % owner % shopTypes().pick(rng);
    }
    if (form == LegalForm::Cooperative)
        return countyPrefix(region) % towns(region).pick(rng) % tradeName(rng) % coopProducts().pick(rng) %
               u"专业合作社";
    const QString trade = tradeName(rng);
    // 浮梁: porcelain and tea country.
    const QString industry = region == 2 && rng.percent(40) ? (rng.percent(70) ? QStringLiteral("陶瓷") : QStringLiteral("茶业"))
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

} // namespace cp::server::seed
