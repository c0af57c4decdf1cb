#!/usr/bin/env python3
"""Render the kronika sample corpus from the article sources in samples/articles/.

Writes (all under samples/):
  corpus/txt/*.txt          scraped-page style plain text (one cp1251, one koi8-r file)
  corpus/html/*.html        pages "saved from a browser"
  corpus/feeds/*.rss        one RSS 2.0 feed with full content:encoded
  corpus/jsonl/*.jsonl      one export, one JSON object per line
  warc_src/*.html           pages that build_warc.py packs into corpus/warc/*.warc.gz
  manifest.tsv              ground truth: file/record -> story, language, outlet, date, format

Output is deterministic: re-running gives byte-identical files.
Standard library only.  Usage:  python3 samples/make_corpus.py
"""
import sys
sys.dont_write_bytecode = True  # keep samples/ free of __pycache__
import copy
import datetime as dt
import email.utils
import hashlib
import html
import importlib.util
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from outlets import OUTLETS  # noqa: E402

CORPUS = os.path.join(HERE, "corpus")
STORY_FILES = ["s1_summit", "s2_ship", "s3_sanctions", "s4_strike", "s5_exchange"]
STORIES = {
    "S1": "Putin-Erdogan talks in Ankara (12 Mar 2024)",
    "S2": "Bulk carrier Selin Kaya damaged off Chornomorsk (4 Jul 2024)",
    "S3": "EU sanctions package: shadow fleet and LNG (19 Sep 2024)",
    "S4": "Strike on Lozova power plant, contradictory casualty claims (16 Oct 2024)",
    "S5": "UAE-mediated prisoner exchange, 103 vs 105 (7 Dec 2024)",
}

MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


# --------------------------------------------------------------------------- loading
def load_module(name):
    path = os.path.join(HERE, "articles", name + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def paragraphs(body):
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def load_articles():
    arts, by_key = [], {}
    for name in STORY_FILES:
        mod = load_module(name)
        for a in mod.ARTICLES:
            a = dict(a)
            a["paras"] = paragraphs(a["body"])
            a["syndicated_from"] = None
            arts.append(a)
            by_key[a["key"]] = a
        for s in getattr(mod, "SYNDICATED", []):
            base = by_key[s["base"]]
            a = copy.deepcopy(base)
            for k in ("key", "outlet", "fmt", "published", "slug", "file", "header", "author"):
                if k in s:
                    a[k] = s[k]
                elif k in ("file", "header", "author"):
                    a.pop(k, None)
            a.pop("also_jsonl", None)
            old, new = s["replace"]
            text = "\n\n".join(a["paras"])
            assert text.count(old) == 1, (s["key"], old)
            a["paras"] = paragraphs(text.replace(old, new))
            a["paras"].append(s["append"])
            a["read_also_last"] = True
            a["syndicated_from"] = base["key"]
            a["syndication_change"] = {"replaced": [old, new], "appended": s["append"]}
            arts.append(a)
            by_key[a["key"]] = a
    for a in arts:
        o = OUTLETS[a["outlet"]]
        a["url"] = "https://%s/%s" % (o["site"], a["slug"])
        a["dt"] = dt.datetime.fromisoformat(a["published"])
    return arts


# --------------------------------------------------------------------------- helpers
def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def human_date(d, lang):
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        return "%d %s %d, %02d:%02d" % (d.day, m, d.year, d.hour, d.minute)
    return "%d %s %d, %02d:%02d" % (d.day, m, d.year, d.hour, d.minute)


def site_prefix(outlet):
    return OUTLETS[outlet]["site"].split(".")[0]


def body_html(a, indent="      ", read_also=None):
    """Article paragraphs as HTML; '## ' paragraphs become <h2>."""
    out = []
    paras = a["paras"]
    for i, p in enumerate(paras):
        if p.startswith("## "):
            out.append("%s<h2>%s</h2>" % (indent, esc(p[3:])))
        elif a.get("read_also_last") and i == len(paras) - 1:
            label, _, rest = p.partition(": ")
            href = "https://%s/related/%s" % (OUTLETS[a["outlet"]]["site"],
                                              hashlib.sha1(rest.encode()).hexdigest()[:8])
            out.append('%s<p class="read-also">%s: <a href="%s">%s</a></p>'
                       % (indent, esc(label), href, esc(rest)))
        else:
            out.append("%s<p>%s</p>" % (indent, esc(p)))
        if read_also and i == 1:
            out.append(read_also)
    return "\n".join(out)


def description(a):
    if a.get("summary"):
        return a["summary"]
    first = a["paras"][0]
    return first if len(first) <= 200 else first[:197].rsplit(" ", 1)[0] + "…"


def plain_text(a):
    """Body as plain text: paragraphs separated by blank lines, subheads as own lines."""
    return "\n\n".join(p[3:] if p.startswith("## ") else p for p in a["paras"])


# --------------------------------------------------------------------------- HTML pages
def jsonld(a, o):
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle",
        "headline": a["title"], "datePublished": a["published"],
        "mainEntityOfPage": a["url"],
        "publisher": {"@type": "Organization", "name": o["name"]},
    }
    if a.get("author"):
        data["author"] = {"@type": "Person" if a["author"] not in (o["name"], "Baltic Wire", "Редакция")
                          else "Organization", "name": a["author"]}
    return json.dumps(data, ensure_ascii=False)


def page_html(a):
    o = OUTLETS[a["outlet"]]
    lang, site = o["lang"], o["site"]
    h = hashlib.sha1(a["url"].encode()).hexdigest()
    nav = "\n".join('        <li><a href="https://%s/%s/">%s</a></li>' % (site, "s%d" % i, esc(n))
                    for i, n in enumerate(o["nav"]))
    side = "\n".join('          <li><a href="https://%s/news/%s-%d">%s</a></li>'
                     % (site, h[:6], i, esc(t)) for i, t in enumerate(o["sidebar"]))
    share = " ".join('<a class="share-btn share-btn--%d" href="#" rel="nofollow">%s</a>' % (i, esc(s))
                     for i, s in enumerate(o["share"]))
    when = human_date(a["dt"], lang)
    author = a.get("author")
    title_tag = "%s — %s" % (a["title"], o["name"]) if o["template"] == "a" else "%s | %s" % (a["title"], o["name"])
    head = f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title_tag)}</title>
  <meta name="description" content="{attr(description(a))}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="{attr(o['name'])}">
  <meta property="og:title" content="{attr(a['title'])}">
  <meta property="og:url" content="{a['url']}">
  <meta property="og:image" content="https://{site}/static/og/{h[:12]}.jpg">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="{a['slug'].split('/')[0]}">
  <link rel="canonical" href="{a['url']}">
  <link rel="stylesheet" href="https://{site}/static/css/main.{h[12:18]}.css">
  <script type="application/ld+json">{jsonld(a, o)}</script>
  <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());gtag('config','G-EXAMPLE0');</script>
</head>"""
    if o["template"] == "a":
        read_also = None
        if o.get("inline_read_also"):
            read_also = ('      <div class="read-also-box"><span>%s:</span> <a href="https://%s/news/%s-ra">%s</a></div>'
                         % (esc(o["read_also"]), site, h[:6], esc(o["sidebar"][0])))
        byline = ' <span class="article__author">%s</span>' % esc(author) if author else ""
        body = f"""
<body class="page page-article">
  <div class="top-banner" aria-hidden="true"><!-- ad slot 970x90 --></div>
  <header class="site-header">
    <a class="site-header__logo" href="https://{site}/">{esc(o['name'])}</a>
    <span class="site-header__tagline">{esc(o['tagline'])}</span>
    <nav class="main-menu">
      <ul>
{nav}
      </ul>
    </nav>
  </header>
  <main class="layout">
    <article class="article">
      <div class="breadcrumbs"><a href="https://{site}/">{esc(o['nav'][0])}</a> / <a href="https://{site}/s1/">{esc(o['nav'][1])}</a></div>
      <h1 class="article__title">{esc(a['title'])}</h1>
      <div class="article__meta"><time datetime="{a['published']}">{when}</time>{byline}</div>
      <div class="share share--top">{esc(o['share_label'])}: {share}</div>
      <div class="article__body">
{body_html(a, read_also=read_also)}
      </div>
      <div class="share share--bottom">{esc(o['share_label'])}: {share}</div>
    </article>
    <aside class="sidebar">
      <section class="widget widget--top">
        <h3>{esc(o['sidebar_title'])}</h3>
        <ul>
{side}
        </ul>
      </section>
      <div class="banner banner--240x400"><!-- ad --></div>
    </aside>
  </main>
  <footer class="site-footer">
    <p>{esc(o['footer'])}</p>
    <div class="cookie-notice" id="cookie-notice">
      <p>{esc(o['cookie'])}</p>
      <button type="button" class="cookie-notice__accept">{esc(o['cookie_btn'])}</button>
    </div>
  </footer>
  <script src="https://{site}/static/js/app.min.js" defer></script>
</body>
</html>
"""
    else:
        byline = "%s · " % esc(author) if author else ""
        related = "\n".join('          <li><a href="https://%s/news/%s-r%d">%s</a></li>'
                            % (site, h[:6], i, esc(t)) for i, t in enumerate(o["sidebar"][1:3]))
        body = f"""
<body>
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>{esc(o['cookie'])}</p>
    <button id="cookie-accept">{esc(o['cookie_btn'])}</button>
  </div>
  <div id="top-bar">
    <div class="container">
      <a class="brand" href="https://{site}/"><span class="brand-name">{esc(o['name'])}</span></a>
      <nav class="navbar">
        <ul class="nav navbar-nav">
{nav.replace('        <li>', '          <li class="nav-item">')}
        </ul>
      </nav>
      <form class="search" action="https://{site}/search"><input type="text" name="q"></form>
    </div>
  </div>
  <div class="container">
    <div class="row">
      <div class="col-main">
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <header>
            <h1 itemprop="headline">{esc(a['title'])}</h1>
            <p class="byline">{byline}<time itemprop="datePublished" datetime="{a['published']}">{when}</time></p>
          </header>
          <section class="entry-content" itemprop="articleBody">
{body_html(a, indent="            ")}
          </section>
          <footer class="entry-footer">
            <div class="social-share"><span>{esc(o['share_label'])}</span> {share}</div>
          </footer>
        </article>
        <div class="related-posts">
          <h4>{esc(o['read_also'])}</h4>
          <ul>
{related}
          </ul>
        </div>
      </div>
      <div class="col-side">
        <div class="widget">
          <h3 class="widget-title">{esc(o['sidebar_title'])}</h3>
          <ul>
{side}
          </ul>
        </div>
      </div>
    </div>
  </div>
  <footer id="footer">
    <div class="container"><p>{esc(o['footer'])}</p></div>
  </footer>
  <script>document.getElementById('cookie-accept').onclick=function(){{document.getElementById('cookie-banner').remove();}};</script>
</body>
</html>
"""
    return head + body


# --------------------------------------------------------------------------- other formats
def txt_file(a):
    lines = list(a["header"]) + [a["title"], "", plain_text(a), ""]
    return "\n".join(lines)


def rss_feed(items, outlet_key):
    o = OUTLETS[outlet_key]
    items = sorted(items, key=lambda a: a["dt"], reverse=True)
    last = email.utils.format_datetime(items[0]["dt"])
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
           "  <channel>",
           "    <title>%s</title>" % esc(o["name"]),
           "    <link>https://%s/</link>" % o["site"],
           "    <description>%s</description>" % esc(o["tagline"]),
           "    <language>%s</language>" % o["lang"],
           "    <lastBuildDate>%s</lastBuildDate>" % last,
           '    <atom:link href="https://%s/rss.xml" rel="self" type="application/rss+xml"/>' % o["site"]]
    for a in items:
        content = body_html(a, indent="")
        assert "]]>" not in content
        out += ["    <item>",
                "      <title>%s</title>" % esc(a["title"]),
                "      <link>%s</link>" % a["url"],
                '      <guid isPermaLink="true">%s</guid>' % a["url"],
                "      <pubDate>%s</pubDate>" % email.utils.format_datetime(a["dt"]),
                "      <dc:creator>%s</dc:creator>" % esc(a.get("author") or "Редакція"),
                "      <category>%s</category>" % esc(a["slug"].split("/")[0]),
                "      <description>%s</description>" % esc(a["summary"]),
                "      <content:encoded><![CDATA[%s]]></content:encoded>" % content,
                "    </item>"]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def jsonl_record(a, mode):
    rec = {"url": a["url"], "title": a["title"], "published": a["published"],
           "source": OUTLETS[a["outlet"]]["name"]}
    if mode == "html":
        rec["html"] = '<div class="article-body">\n%s\n</div>' % body_html(a, indent="")
    else:
        rec["text"] = plain_text(a)
    return rec


# --------------------------------------------------------------------------- checks
DATE_RX = {
    "dmy": lambda d: d.strftime("%d.%m.%Y"),
    "iso": lambda d: d.strftime("%Y-%m-%d"),
}


def header_has_date(a):
    d = a["dt"]
    hdr = "\n".join(a["header"])
    cands = [d.strftime("%d.%m.%Y"), d.strftime("%Y-%m-%d")]
    for lang in ("ru", "uk", "en"):
        m = MONTHS[lang][d.month - 1]
        cands += ["%d %s %d" % (d.day, m, d.year), "%s %d, %d" % (m, d.day, d.year)]
    return any(c in hdr for c in cands)


def words(a):
    return len(re.findall(r"\w+(?:[-'’]\w+)*", plain_text(a)))


# --------------------------------------------------------------------------- main
def write(path, data, encoding="utf-8"):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data.encode(encoding))


def main():
    arts = load_articles()
    problems = []
    manifest = []
    rss_items, jsonl_recs = [], []
    for a in arts:
        n = words(a)
        if not 120 <= n <= 350:
            problems.append("%s: %d words" % (a["key"], n))
        if a["title"].endswith("."):
            problems.append("%s: title ends with a period" % a["key"])
        fmt = a["fmt"]
        date = a["dt"].date().isoformat()
        if fmt == "txt":
            if not header_has_date(a):
                problems.append("%s: header date does not match %s" % (a["key"], a["published"]))
            enc = a.get("encoding", "utf-8")
            path = a["file"]
            write(os.path.join("corpus", path), txt_file(a), enc)
            manifest.append((path, a, enc))
            if a.get("also_jsonl"):
                jsonl_recs.append((a, "text", "exact duplicate of " + path))
        elif fmt == "html":
            path = "html/%s_%s_%s.html" % (site_prefix(a["outlet"]), date, a["slug"].rstrip("/").split("/")[-1])
            write(os.path.join("corpus", path), page_html(a))
            manifest.append((path, a, "utf-8"))
        elif fmt == "warc":
            write(a["file"], page_html(a))
            manifest.append(("warc/kronika-sample-crawl.warc.gz#" + a["url"], a, "utf-8"))
        elif fmt == "rss":
            rss_items.append(a)
        elif fmt == "jsonl":
            jsonl_recs.append((a, a.get("mode", "text"), ""))
        else:
            raise ValueError(fmt)

    feed_outlets = {a["outlet"] for a in rss_items}
    assert len(feed_outlets) == 1, feed_outlets
    feed_outlet = feed_outlets.pop()
    feed_path = "feeds/%s.rss" % site_prefix(feed_outlet)
    write(os.path.join("corpus", feed_path), rss_feed(rss_items, feed_outlet))
    for a in sorted(rss_items, key=lambda a: a["dt"], reverse=True):
        manifest.append((feed_path + "#" + a["url"], a, "utf-8"))

    jsonl_recs.sort(key=lambda r: r[0]["dt"])
    jsonl_path = "jsonl/newsdesk_export_2024.jsonl"
    lines = [json.dumps(jsonl_record(a, mode), ensure_ascii=False) for a, mode, _ in jsonl_recs]
    write(os.path.join("corpus", jsonl_path), "\n".join(lines) + "\n")
    for a, mode, note in jsonl_recs:
        manifest.append((jsonl_path + "#" + a["url"], dict(a, note=note), "utf-8"))

    # manifest: ground truth for tests (kept outside corpus/ so it is never ingested)
    rows = ["location\tkey\tstory\tlang\toutlet\tpublished\tformat\tencoding\tsyndicated_from\tnote"]
    for loc, a, enc in manifest:
        note = a.get("note", "")
        if a.get("syndicated_from"):
            ch = a["syndication_change"]
            note = "near-duplicate: replaced %r->%r; appended %r" % (ch["replaced"][0], ch["replaced"][1], ch["appended"])
        rows.append("\t".join([loc, a["key"] + ("-dup" if note.startswith("exact") else ""), a["story"],
                               a["lang"], OUTLETS[a["outlet"]]["name"], a["published"],
                               a["fmt"] if not note.startswith("exact") else "jsonl",
                               enc, a.get("syndicated_from") or "", note]))
    write("manifest.tsv", "\n".join(rows) + "\n")

    for p in problems:
        print("PROBLEM:", p)
    print("%d records rendered (%d distinct articles)" % (len(manifest), len(arts)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
