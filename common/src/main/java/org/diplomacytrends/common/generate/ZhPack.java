package org.diplomacytrends.common.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SplittableRandom;

/** Chinese (simplified) templates in the style of provincial foreign-affairs news. */
final class ZhPack extends LanguagePack {
  private static final String[] NUMERALS = {"", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
  private static final String[] OFFICIALS = {"省长", "副省长", "人大常委会副主任", "政协副主席"};

  @Override
  String code() {
    return "zh";
  }

  @Override
  String[] outbound() {
    return new String[] {
      "{D1}至{D2}，{P}{OFF}率{P}政府代表团访问{C}，与当地政府和企业界人士深入交流。",
      "应{C}有关方面邀请，{P}{OFF}于{D1}率团出访{C}。",
      "{D1}，{P}{OFF}率{P}经贸代表团抵达{C}，开始为期{DAYS}天的友好访问。",
      "{P}{OFF}一行{D1}赴{C}访问，推介{P}开放型经济发展成果。",
      "{D1}至{D2}，由{P}{OFF}率领的{P}代表团对{C}进行了工作访问。",
      "{P}{OFF}{D1}率团前往{C}，出席当地举办的经贸推介活动。",
      "{D1}，{P}友好代表团在{P}{OFF}带领下访问了{C}，了解当地港口和产业园区建设情况。",
      "{D1}至{D2}，{P}{OFF}率领{P}代表团赴{C}开展友好交流活动。",
    };
  }

  @Override
  String[] inbound() {
    return new String[] {
      "{D1}，{C}驻华大使一行到访{P}，{P}{OFF}会见了客人。",
      "{D1}，{P}{OFF}在省政府会见了来访的{C}政府代表团。",
      "应{P}人民政府邀请，{C}经贸代表团于{D1}至{D2}访问{P}，{P}{OFF}会见了代表团一行。",
      "{D1}，{C}地方政府代表团抵达{P}开始友好访问，{P}{OFF}出席欢迎活动。",
      "{C}议会代表团{D1}访问{P}，{P}{OFF}与代表团举行会谈。",
      "{D1}，{P}{OFF}会见了到访的{C}友好城市代表团一行。",
      "{D1}至{D2}，{C}青年友好交流团到{P}参访，{P}{OFF}会见了全体团员。",
      "{D1}，{C}驻华使馆参赞率团访问{P}，{P}{OFF}陪同参观了自由贸易试验区。",
    };
  }

  @Override
  String[] domestic() {
    return new String[] {
      "{D1}至{D2}，{P}{OFF}率{P}外事代表团赴{Q}开展调研，学习借鉴{Q}友好城市工作经验。",
      "{D1}，{P}{OFF}一行前往{Q}，就对口协作框架下的外事合作进行考察。",
      "{P}{OFF}{D1}率队赴{Q}学习考察外事工作。",
      "{D1}至{D2}，{P}{OFF}带领{P}外事系统考察团到{Q}调研国际友城交流工作。",
      "{D1}，{P}外事工作调研组在{P}{OFF}带领下赴{Q}，考察当地涉外服务体系建设。",
      "为深化东西部协作，{P}{OFF}于{D1}率团赴{Q}调研外事领域合作。",
      "{D1}，{P}{OFF}率团赴{Q}开展外事交流调研，围绕国际友城资源共享进行座谈。",
      "{D1}至{D2}，{P}{OFF}一行赴{Q}考察，了解{Q}开放平台建设和外资企业服务情况。",
    };
  }

  @Override
  String[] agreement() {
    return new String[] {
      "{D1}，{P}人民政府与{C}有关方面签署了{N}项合作协议。",
      "{D1}，在{P}{OFF}见证下，{P}与{C}企业和机构共签署{N}项合作协议，涵盖经贸、教育和文旅等领域。",
      "{P}与{C}于{D1}签订{N}份合作备忘录。",
      "{D1}举行的{P}—{C}经贸合作洽谈会上，双方共签约{N}个合作项目。",
      "{D1}，{P}{OFF}与{C}地方政府代表共同签署{N}项合作文件。",
      "{P}商务厅与{C}贸易投资促进机构{D1}签署{N}份合作协议。",
      "{D1}，{P}与{C}友好省州签署了{N}项合作备忘录，内容涉及农业、旅游和人文交流。",
      "{D1}，{P}人民政府与{C}有关政府部门签订{N}项合作协议。",
    };
  }

  @Override
  String[] titles() {
    return new String[] {
      "{P}与{X}地方合作持续深化",
      "{P}外事简讯：聚焦{X}",
      "{P}同{X}交往日益密切",
      "深化互利合作 {P}与{X}携手前行",
      "{P}对外开放新进展：{X}篇",
      "{P}与{X}友好关系再上新台阶",
      "共谋发展 {P}与{X}务实合作结硕果",
      "{P}·{X}：地方交往持续升温",
    };
  }

  @Override
  String[] localTitles() {
    return new String[] {
      "本市迎来今冬首场降雪 多部门连夜除雪保畅通",
      "全市中小学秋季开学准备就绪",
      "市区新开通多条公交线路 市民出行更便捷",
      "本周末市图书馆举办亲子阅读活动",
      "夏粮收购工作有序推进",
      "老旧小区改造进度过半",
      "流感高发期 卫健部门发布健康提示",
      "入夏以来全市用电负荷持续攀升",
    };
  }

  @Override
  String[] siteHeaders() {
    return new String[] {"首页 > 新闻中心 > 要闻", "首页 > 外事动态 > 工作动态", "新闻频道 | 地方要闻", "首页 > 政务公开 > 图片新闻"};
  }

  @Override
  String[] filler() {
    return new String[] {
      "气象部门预计，未来三天本市以多云天气为主，最高气温{n1}℃左右，早晚温差较大，市民注意适时增减衣物。",
      "市交通运输部门介绍，今年以来全市新开通公交线路{n1}条，优化调整线路{n2}条，公交站点覆盖率进一步提高。",
      "据市教育部门统计，今年秋季全市中小学共招收新生{n1}余人，各学校均已做好开学准备工作。",
      "市卫生健康委员会提醒，近期正值流感高发期，老人和儿童应尽量减少在人员密集场所停留，出现发热症状及时就医。",
      "市农业农村部门表示，今年全市粮食播种面积稳定在{n1}万亩左右，夏粮收购工作有序推进。",
      "市城管部门组织{n1}余名环卫工人对主次干道进行集中清扫，确保道路整洁畅通。",
      "市图书馆本周末将举办亲子阅读活动，现场提供绘本借阅和手工体验，欢迎市民带孩子参加。",
      "市供电公司介绍，入夏以来全市用电负荷持续攀升，最高负荷达到{n1}万千瓦，电网运行总体平稳。",
      "市场监管部门近日对辖区{n1}家农贸市场开展食品安全抽检，抽检合格率保持在较高水平。",
      "市体育中心游泳馆完成设备检修后恢复开放，开放时间为每天上午九时至晚上九时。",
      "据了解，全市今年计划改造老旧小区{n1}个，涉及居民{n2}余户，目前已完工过半。",
      "市消防救援支队提醒，冬季用火用电增多，居民应定期检查电线线路，不要在楼道内为电动自行车充电。",
    };
  }

  @Override
  String[] footers() {
    return new String[] {"（责任编辑：王丽）", "【打印】【关闭】", "（编辑：李明  审核：张伟）", "相关阅读：\n· 本市发布今冬明春燃气安全提示"};
  }

  @Override
  String dateLine(LocalDateTime t, SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> String.format("%tF %<tR   来源：本网   浏览次数：", t);
      case 1 -> String.format("发布时间：%d年%02d月%02d日 %tR  来源：新闻中心", t.getYear(), t.getMonthValue(),
          t.getDayOfMonth(), t);
      default -> String.format("%tF %<tR   编辑：陈静", t);
    };
  }

  @Override
  String day(LocalDate date) {
    return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  @Override
  void factSlots(GeneratedFact fact, Vocabulary.Province subject, SplittableRandom random, Map<String, String> slots) {
    slots.put("P", subject.zh());
    slots.put("OFF", pick(OFFICIALS, random));
    slots.put("DAYS", NUMERALS[random.nextInt(3, 7)]);
    if (fact.countryCode() != null) {
      slots.put("C", Vocabulary.country(fact.countryCode()).zh());
    }
    if (fact.provinceCode() != null) {
      slots.put("Q", Vocabulary.province(fact.provinceCode()).zh());
    }
    int n = fact.count();
    slots.put("N", random.nextInt(10) < 6 || n == 2 && random.nextBoolean() ? Integer.toString(n) : NUMERALS[n]);
  }

  @Override
  String counterpartName(GeneratedFact fact) {
    return fact.countryCode() != null ? Vocabulary.country(fact.countryCode()).zh()
        : Vocabulary.province(fact.provinceCode()).zh();
  }

  @Override
  String provinceName(Vocabulary.Province province) {
    return province.zh();
  }
}
