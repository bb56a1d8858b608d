#include "template/agency/division_renames.h"

namespace ogi {
namespace {

// Each row: the State Council's approval as the Ministry of Civil Affairs lists it in its yearly
// 县级以上行政区划变更情况 (www.mca.gov.cn, 行政区划). Add a row when a corpus prints an old name.
constexpr DivisionRename kRenames[] = {
    {"楚州区", 320803, 2012, "国务院批复 2012年 淮安市楚州区更名为淮安区"},
    {"溧水县", 320117, 2013, "国务院批复 2013年 撤销溧水县，设立南京市溧水区"},
    {"高淳县", 320118, 2013, "国务院批复 2013年 撤销高淳县，设立南京市高淳区"},
    {"富阳市", 330111, 2014, "国务院批复 2014年 撤销县级富阳市，设立杭州市富阳区"},
    {"洪泽县", 320813, 2016, "国务院批复 2016年 撤销洪泽县，设立淮安市洪泽区"},
    {"临安市", 330112, 2017, "国务院批复 2017年 撤销县级临安市，设立杭州市临安区"},
    {"长乐市", 350112, 2017, "国务院批复 2017年 撤销县级长乐市，设立福州市长乐区"},
    {"沙县", 350405, 2021, "国务院批复 2021年 撤销沙县，设立三明市沙县区"},
};

}  // namespace

std::span<const DivisionRename> division_renames() { return kRenames; }

}  // namespace ogi
