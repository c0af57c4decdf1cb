#!/usr/bin/env python3
"""Pack the HTML pages in samples/warc_src/ into samples/corpus/warc/<name>.warc.gz.

Each page becomes a WARC `request` + `response` pair, preceded by one `warcinfo`
record, as a real crawl would write them.  The target URI and the page's date
are read from the page itself (og:url, article:published_time).

Deterministic: WARC-Date values are fixed (a fixed crawl start plus a fixed
offset per page, pages taken in sorted file-name order), record ids are UUIDv5
values derived from the URL, and gzip members carry no timestamp, so
re-running the script gives byte-identical output.

Needs the `warcio` package, e.g.:
    python3 -m venv /tmp/warcvenv && /tmp/warcvenv/bin/pip install warcio
    /tmp/warcvenv/bin/python samples/build_warc.py
"""
import argparse
import datetime as dt
import email.utils
import glob
import io
import os
import re
import sys
import uuid
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.join(HERE, "warc_src")
DEFAULT_OUT = os.path.join(HERE, "corpus", "warc", "kronika-sample-crawl.warc.gz")

CRAWL_START = dt.datetime(2024, 12, 10, 6, 0, 0, tzinfo=dt.timezone.utc)
STEP = dt.timedelta(seconds=7)
USER_AGENT = "kronika-sample-crawler/0.1 (+https://example.org/kronika/bot)"
IP_ADDRESS = "192.0.2.10"  # TEST-NET-1, documentation range


def record_id(kind, key):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "kronika-sample:%s:%s" % (kind, key))


def warc_date(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def meta(html, prop):
    m = re.search(r'<meta\s+property="%s"\s+content="([^"]+)"' % re.escape(prop), html)
    if not m:
        raise ValueError("missing meta %s" % prop)
    return m.group(1)


def build(src_dir, out_path):
    pages = sorted(glob.glob(os.path.join(src_dir, "*.html")))
    if not pages:
        sys.exit("no *.html in %s" % src_dir)
    os.makedirs(os.path.dirname(out_path), exist_ok=True)
    filename = os.path.basename(out_path)

    with open(out_path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="1.0")

        info = ("software: kronika samples/build_warc.py (warcio)\r\n"
                "format: WARC File Format 1.0\r\n"
                "conformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n"
                "operator: kronika sample corpus (synthetic, written for the project)\r\n"
                "description: Synthetic crawl of fictional news sites; every page is original sample text.\r\n"
                "robots: obey\r\n"
                "http-header-user-agent: %s\r\n" % USER_AGENT).encode("utf-8")
        writer.write_record(writer.create_warc_record(
            "", "warcinfo", payload=io.BytesIO(info), length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={"WARC-Record-ID": record_id("warcinfo", filename),
                               "WARC-Date": warc_date(CRAWL_START),
                               "WARC-Filename": filename}))

        for i, path in enumerate(pages):
            with open(path, encoding="utf-8") as f:
                html = f.read()
            url = meta(html, "og:url")
            published = dt.datetime.fromisoformat(meta(html, "article:published_time"))
            when = CRAWL_START + STEP * (i + 1)
            parts = urlsplit(url)
            body = html.encode("utf-8")

            resp_id = record_id("response", url)
            http_resp = StatusAndHeaders("200 OK", [
                ("Server", "nginx"),
                ("Date", email.utils.format_datetime(when, usegmt=True)),
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Last-Modified", email.utils.format_datetime(published.astimezone(dt.timezone.utc), usegmt=True)),
                ("Cache-Control", "max-age=300"),
                ("Connection", "close"),
            ], protocol="HTTP/1.1")
            resp = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), length=len(body),
                http_headers=http_resp,
                warc_headers_dict={"WARC-Record-ID": resp_id,
                                   "WARC-Date": warc_date(when),
                                   "WARC-IP-Address": IP_ADDRESS,
                                   "WARC-Warcinfo-ID": record_id("warcinfo", filename)})

            http_req = StatusAndHeaders("GET %s HTTP/1.1" % (parts.path or "/"), [
                ("Host", parts.netloc),
                ("User-Agent", USER_AGENT),
                ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"),
                ("Accept-Language", "ru,uk;q=0.9,en;q=0.8"),
                ("Accept-Encoding", "identity"),
                ("Connection", "close"),
            ], is_http_request=True)
            req = writer.create_warc_record(
                url, "request", http_headers=http_req,
                warc_headers_dict={"WARC-Record-ID": record_id("request", url),
                                   "WARC-Date": warc_date(when),
                                   "WARC-IP-Address": IP_ADDRESS,
                                   "WARC-Warcinfo-ID": record_id("warcinfo", filename)})

            # writes request then response, and links them with WARC-Concurrent-To
            writer.write_request_response_pair(req, resp)
            print("%s  %s" % (warc_date(when), url))
    return out_path


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", default=DEFAULT_SRC, help="folder of *.html pages (default: samples/warc_src)")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output .warc.gz path")
    args = ap.parse_args()
    print("wrote", build(args.src, args.out))


if __name__ == "__main__":
    main()
