#include "template/template_markers.h"

namespace ogi {

const std::vector<TableMarkers>& table_kind_markers() {
  static const std::vector<TableMarkers> markers = {
      {"t3",
       {"本年新收", "上年结转", "予以公开", "不予公开", "无法提供", "不予处理", "结转下年度",
        "本年度办理结果"},
       {}},
      {"t4", {"结果维持", "结果纠正", "尚未审结", "直接起诉"}, {"行政复议"}},
      // A scan may cut 表四's top header row (行政复议 | 行政诉讼) off its grid; the group headers
      // under it are there.
      {"t4", {"复议后起诉"}, {"直接起诉", "结果纠正"}},
      {"t2",
       {"第二十条", "信息内容", "规章", "行政许可", "行政处罚", "行政事业性收费", "政府集中采购"},
       {}},
  };
  return markers;
}

const std::vector<TableMarkers>& table_presence_markers() {
  static const std::vector<TableMarkers> markers = {
      {"t2", {"第二十条", "信息内容", "行政许可", "规章"}, {}},
      {"t3", {"本年新收", "予以公开", "申请人情况", "不予公开"}, {}},
      {"t4", {"结果维持", "结果纠正", "尚未审结", "直接起诉"}, {}},
  };
  return markers;
}

const std::vector<SectionHeading>& section_headings() {
  static const std::vector<SectionHeading> headings = {
      {"s1_overall", {"总体情况", "总体工作情况", "基本情况"}},
      {"s2_active", {"主动公开政府信息", "主动公开情况"}},
      {"s3_requests", {"收到和处理政府信息公开申请", "依申请公开情况", "依申请公开政府信息"}},
      {"s4_review_litigation", {"行政复议", "行政诉讼"}},
      {"s5_problems", {"存在的主要问题", "存在问题", "主要问题及改进", "问题及改进"}},
      {"s6_other", {"其他需要报告", "需要说明的其他", "其他需要说明", "其他事项"}},
  };
  return headings;
}

const TextDumpWords& text_dump_words() {
  static const TextDumpWords words = {
      .t3_anchors = {"勾稽关系", "申请人情况", "本年新收", "上年结转"},
      .t4_anchors = {"行政复议", "结果维持"},
      .t2_anchors = {"第二十条第", "信息内容"},
      .t2_caption_start = "第二十条",
      .t2_caption_end = "项",
      .t2_header = "信息内容",
      .t3_header = {"申请人情况", "法人或其他组织", "法人或其他组织小计", "小计"},
      .t3_note_start = "(本列",
      .t4_litigation = "行政诉讼",
      .t4_corner = "项目",
  };
  return words;
}

}  // namespace ogi
