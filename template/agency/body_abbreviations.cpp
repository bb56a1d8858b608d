#include "template/agency/body_abbreviations.h"

namespace ogi {
namespace {

// Short names common in report titles and signatures, each standing for one body only. Names
// that could stand for several bodies (交通局: 交通运输局 or 交通局 itself) are not listed.
constexpr BodyAbbreviation kAbbreviations[] = {
    {"人社局", "人力资源和社会保障局"}, {"人社厅", "人力资源和社会保障厅"},
    {"发改局", "发展和改革局"},         {"发改委", "发展和改革委员会"},
    {"市监局", "市场监督管理局"},       {"市场监管局", "市场监督管理局"},
    {"住建局", "住房和城乡建设局"},     {"住建厅", "住房和城乡建设厅"},
    {"卫健委", "卫生健康委员会"},       {"卫健局", "卫生健康局"},
    {"文旅局", "文化和旅游局"},         {"文广旅局", "文化广电和旅游局"},
    {"医保局", "医疗保障局"},           {"应急局", "应急管理局"},
    {"退役军人局", "退役军人事务局"},   {"政府办", "人民政府办公室"},
    {"政府办公室", "人民政府办公室"},   {"政府", "人民政府"},
    {"管委会", "管理委员会"},
};

}  // namespace

std::span<const BodyAbbreviation> body_abbreviations() { return kAbbreviations; }

}  // namespace ogi
