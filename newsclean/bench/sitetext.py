"""Text the local bench site is written from: news sentences (Chinese and English) and injected spam.

Written for the bench, in the register of the bundled sample_site/ and the shared bench pages:
local news, economy, technology, sport, culture. Each article draws its paragraphs from these
with a seeded random generator, so every page is different and every run is the same.
"""

from __future__ import annotations

SITE_NAME = "江南晨报"
CHANNELS = (("society", "社会"), ("finance", "财经"), ("tech", "科技"), ("sports", "体育"), ("culture", "文化"))
CITIES = ("杭州", "南京", "苏州", "宁波", "合肥", "南昌", "福州", "温州", "无锡", "绍兴")
REPORTERS = ("王晓东", "李静", "陈思远", "张蕾", "刘洋", "周敏", "赵一鸣", "黄晨")

ZH_SENTENCES = (
    "今年以来，{city}市持续推进老旧小区改造，已完成改造项目{n}个，惠及居民{m}万户。",
    "记者从{city}市住建局获悉，全市供暖管网更新工程已于近日全部完工。",
    "据介绍，新管网采用保温性能更好的预制直埋管，热损失比原来降低约三成。",
    "家住城东的居民老周告诉记者，往年冬天屋里只有十几度，今年暖气一开就到了二十度。",
    "市民服务中心相关负责人表示，下一步将把更多高频事项纳入“一网通办”。",
    "目前，办理营业执照的平均时间已由过去的五个工作日压缩到一个工作日以内。",
    "{city}市统计局发布的数据显示，前三季度全市实现地区生产总值{n}亿元，同比增长{p}%。",
    "其中，规模以上工业增加值增长{p}%，社会消费品零售总额增长{q}%。",
    "业内人士分析认为，消费回暖和出口韧性是拉动经济增长的两大因素。",
    "多家银行近期下调了存款利率，一年期定期存款利率普遍降至{q}%左右。",
    "专家提醒，投资者应理性看待收益率变化，合理配置资产，防范各类非法集资风险。",
    "在新能源汽车产业链上，{city}已集聚上下游企业{n}余家，形成了较为完整的产业集群。",
    "该企业负责人介绍，新建的电池生产线投产后，年产能将达到{m}万套。",
    "研究团队历时三年，攻克了高性能芯片散热材料的关键技术难题。",
    "该成果已在国际学术期刊上发表，并申请了{n}项发明专利。",
    "人工智能大模型正在加速进入政务、医疗和教育等领域，带来效率提升的同时也提出了新的监管课题。",
    "工作人员现场演示了智能导诊系统，患者只需说出症状，系统就能推荐相应科室。",
    "在昨晚结束的省运会男子篮球决赛中，{city}队以{m}比{q}战胜对手，时隔八年再次夺冠。",
    "本届全民健身运动会共设{n}个大项，吸引了全省近万名运动员参赛。",
    "主教练赛后表示，年轻队员在关键时刻顶住了压力，全队的防守执行得非常坚决。",
    "马拉松赛事当天，沿线交通将实行临时管制，请市民提前规划出行路线。",
    "省图书馆古籍修复中心的修复师们，正在为一批明代地方志进行抢救性修复。",
    "一页残破的古籍，往往需要经过清洗、补缀、压平等十几道工序，耗时数日才能完成。",
    "博物馆新展汇集了{n}件文物精品，其中不少为首次公开展出。",
    "非遗传承人在展区现场演示了传统竹编技艺，吸引不少市民驻足观看。",
    "文旅部门数据显示，国庆假期全市共接待游客{m}万人次，实现旅游收入{n}亿元。",
    "乡村民宿抱团发展，让昔日的空心村重新热闹起来，村民在家门口就能增收。",
    "气象部门预计，受冷空气影响，未来三天全省将有一次明显降温过程，最低气温下降{q}摄氏度。",
    "交警部门提醒，雨雾天气行车要控制车速，保持安全车距，谨慎驾驶。",
    "针对群众反映的停车难问题，{city}市今年新增公共停车泊位{n}个。",
    "相关部门将继续加大执法力度，对违法违规行为发现一起、查处一起。",
    "该案件已移送检察机关审查起诉，案件正在进一步审理中。",
    "下一步，当地将总结试点经验，在全市范围内逐步推广。",
    "对此，不少网友留言点赞，认为这项举措解决了群众的急难愁盼问题。",
    "截至目前，已有{n}所中小学开设了人工智能课程，覆盖学生{m}万人。",
    "此次招聘会共提供就业岗位{n}个，涉及制造、物流、软件等多个行业。",
    "据了解，该项目总投资约{n}亿元，计划于明年上半年建成投用。",
    "市场监管部门近期开展专项检查，共检查经营主体{n}家，责令整改{m}家。",
    "不少商户表示，线上订单占比已超过三成，直播带货成为新的增长点。",
    "{city}港前十个月集装箱吞吐量同比增长{p}%，外贸航线新增{q}条。",
    "农业农村部门介绍，今年全市粮食播种面积稳定在{n}万亩以上，秋粮丰收已成定局。",
    "在田间地头，农技专家手把手指导农户使用新型植保无人机。",
    "医保部门表示，新一批集中带量采购药品平均降价{p}成，预计每年为患者节省费用{m}亿元。",
    "社区卫生服务中心开设了家庭医生签约服务，老年人在家门口就能享受健康体检。",
    "教育部门要求各校严格控制书面作业总量，保障学生每天校内体育活动不少于一小时。",
    "新学期开学前，全市共新建、改扩建中小学和幼儿园{n}所，新增学位{m}万个。",
    "地铁{q}号线二期工程近日实现全线贯通，预计明年底开通运营。",
    "轨道交通建成后，从新城到老城区的通勤时间将缩短一半。",
    "生态环境部门监测数据显示，今年全市空气质量优良天数比例为{m}%，创有监测记录以来最好水平。",
    "河道综合整治完成后，昔日的臭水沟变成了市民休闲散步的滨水公园。",
    "消防部门提醒，冬季是火灾高发期，居民使用取暖设备时要注意用电安全。",
    "警方提醒广大市民，凡是要求转账到“安全账户”的电话都是诈骗。",
    "该剧以当地真实故事为原型，讲述了几代人接力守护古村落的故事。",
    "音乐节期间，主办方共邀请了{q}支乐队参演，现场观众累计超过{m}万人次。",
    "青少年足球联赛本赛季共有{n}支球队参赛，比赛场次超过{m}百场。",
    "游泳馆免费开放时段延长后，每天前来锻炼的市民明显增多。",
)
EN_SENTENCES = (
    "The city council approved a new budget on Tuesday that raises spending on public transport by {p} percent.",
    "Officials said the plan would add {n} buses and extend two tram lines by the end of next year.",
    "Residents at the public hearing welcomed the investment but asked for more frequent night services.",
    "Exports rose {p} percent in the third quarter, according to figures published by the statistics office.",
    "Economists said demand from overseas markets remained steady despite higher shipping costs.",
    "The central bank kept its benchmark rate unchanged, citing easing inflation and a stable labour market.",
    "Researchers at the university have developed a battery material that charges in under ten minutes.",
    "The team said the technology could reach commercial production within {q} years.",
    "The home side won {q} to {p} after a late goal in front of a crowd of more than {m} thousand fans.",
    "The coach praised his young squad for keeping their discipline in the final minutes.",
    "The museum's new exhibition brings together {n} objects, many of which have never been shown in public.",
    "Curators spent two years restoring the manuscripts, some of which date back six centuries.",
    "Forecasters expect temperatures to fall by up to {q} degrees as a cold front moves across the region.",
    "Drivers are advised to slow down and keep a safe distance on roads affected by fog.",
    "The new rules will take effect on the first day of next month, the ministry said in a statement.",
    "Local businesses said the change would cut paperwork and save them several days each month.",
)
# Injected gambling spam as the cleaning bench and sample_site/ know it: a line in the body and an
# off-site link farm in the sidebar. Off-site hosts end in .invalid: no crawler can reach them.
SPAM_BODY_LINES = (
    "澳门新葡京娱乐场官网注册送38元彩金，真人百家乐在线玩，下载皇冠体育365app。",
    "万博官网APP,AG真人平台登录,沐岚体育app下载,开云体育官方入口。",
)
SPAM_ANCHORS = ("澳门新葡京", "皇冠体育", "百家乐在线", "万博体育官网", "AG真人娱乐", "开云体育app", "365bet体育")
# Page chrome, as a CMS template prints it around every article: footer links, a stylesheet and scripts.
FOOTER_LINKS = (
    "关于我们",
    "联系我们",
    "广告服务",
    "版权声明",
    "网站地图",
    "招聘信息",
    "法律顾问",
    "意见反馈",
    "投稿须知",
)
FOOTER_LINES = (
    "Copyright © 2012-2026 江南晨报社 版权所有 未经书面授权禁止转载、摘编、复制或建立镜像",
    "浙ICP备16088231号-1 浙公网安备33010602008812号 互联网新闻信息服务许可证33120170001",
    "违法和不良信息举报电话：0571-86001234 举报邮箱：jubao@example.com",
)
CSS_CLASSES = (
    "top",
    "menu",
    "logo",
    "position",
    "main",
    "left",
    "article",
    "art-info",
    "content",
    "art-related",
    "side-bar",
    "hot-news",
    "hot-pic",
    "recommend",
    "bottom",
    "share",
    "comment",
    "pager",
    "list",
    "date",
)
SCRIPT = (
    "var _hmt = _hmt || [];(function(){var hm=document.createElement('script');hm.async=true;"
    "hm.src='/static/js/stat.js?v=20261201';var s=document.getElementsByTagName('script')[0];"
    "s.parentNode.insertBefore(hm,s);})();"
    "window.pageConfig={channel:'news',template:'article_v3',share:['weixin','weibo','qzone'],"
    "ads:{top:'ad-top-970x90',side:['ad-side-300x250','ad-side-300x600'],bottom:'ad-bottom-970x90'}};"
    "function fontSize(size){var c=document.getElementById('news_content');if(c){c.style.fontSize=size+'px';}}"
)
