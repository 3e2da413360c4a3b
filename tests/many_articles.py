"""A generated news site of N articles (default 1,000) under 20 list pages, for crawls by many workers.

Every article has its own title and body (numbers spelled into the text), so no two are duplicates or
near-duplicates; each links to its list page and to the next article, as real sites cross-link.
"""

from __future__ import annotations

from pathlib import Path

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_晨光新闻网</title>
<meta property="og:type" content="{kind}"></head>
<body><div class="header"><a href="/index.html">首页</a></div>
{content}
<div class="footer"><p>Copyright 2025 晨光新闻网 版权所有</p></div></body></html>
"""
TOPICS = ("绿道", "地铁", "学校", "医院", "公园", "桥梁", "图书馆", "菜市场", "体育馆", "污水厂")
DISTRICTS = ("东城区", "西城区", "南湖区", "北岸区", "高新区", "滨江区", "老城区", "开发区")


def article_path(number: int) -> str:
    return f"/news/2025/12/{number % 28 + 1:02d}/{number}.html"


def article_html(number: int, total: int) -> str:
    topic, district = TOPICS[number % len(TOPICS)], DISTRICTS[number // len(TOPICS) % len(DISTRICTS)]
    title = f"{district}第{number}号{topic}项目进展通报"
    paragraphs = [
        f"本网讯（记者 孙一鸣）{district}第{number}号{topic}项目今天通过阶段验收，编号{number * 7919 % 100003}。",
        f"项目负责人介绍，工程总投资约{number % 97 + 3}亿元，预计{number % 11 + 1}个月后全面完工，惠及周边{number * 37 % 5000 + 800}户居民。",
        f"据了解，{district}今年已启动{number % 13 + 2}个{topic}类民生工程，第{number}号是其中规模第{number % 5 + 1}大的一个。",
        f"附近居民王女士说：“第{number}号工程开工以来，施工方每周公布进度，我们心里有数。”",
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    following = f'<a href="{article_path(number % total + 1)}">下一篇</a>'
    content = (
        f'<div class="crumb"><a href="/list/{(number - 1) // 50 + 1}.html">列表</a></div>'
        f'<h1 class="article-title">{title}</h1>'
        f'<div class="article-meta"><span class="time">2025-12-{number % 28 + 1:02d} 09:30:00</span></div>'
        f'<div class="article-content">{body}</div><div class="related">{following}</div>'
    )
    return PAGE.format(title=title, kind="article", content=content)


def list_html(page: int, numbers: range) -> str:
    items = "".join(f'<li><a href="{article_path(n)}">第{n}号项目进展通报</a></li>' for n in numbers)
    content = f'<h2 class="list-title">新闻 第{page}页</h2><ul class="news-list">{items}</ul>'
    return PAGE.format(title=f"新闻第{page}页", kind="website", content=content)


def write_site(root: Path, total: int = 1000, per_list: int = 50) -> list[str]:
    """Write the site under ``root``; returns the article paths."""
    pages = []
    for start in range(1, total + 1, per_list):
        page = (start - 1) // per_list + 1
        numbers = range(start, min(start + per_list, total + 1))
        (root / "list").mkdir(parents=True, exist_ok=True)
        (root / "list" / f"{page}.html").write_text(list_html(page, numbers), "utf-8")
        pages.append(page)
    links = "".join(f'<li><a href="/list/{p}.html">新闻第{p}页</a></li>' for p in pages)
    index = PAGE.format(title="首页", kind="website", content=f'<ul class="channels">{links}</ul>')
    (root / "index.html").write_text(index, "utf-8")
    paths = []
    for number in range(1, total + 1):
        path = root / article_path(number).lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_html(number, total), "utf-8")
        paths.append(article_path(number))
    return paths
