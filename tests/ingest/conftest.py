"""A real HTTP server on the loopback interface, serving a small news site for the URL readers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

BUDGET_TITLE = "Парламент одобрил бюджет на следующий год"
BUDGET_PARAGRAPHS = (
    "Депутаты во втором чтении приняли проект федерального бюджета на следующий год. "
    "За документ проголосовали триста двенадцать парламентариев, против выступили шестьдесят.",
    "Министр финансов заявил, что дефицит бюджета удастся сократить до одного процента "
    "валового внутреннего продукта благодаря росту ненефтегазовых доходов.",
    "Оппозиция раскритиковала сокращение расходов на здравоохранение и образование "
    "и пообещала добиваться поправок в третьем чтении.",
)
FLOODS_TITLE = "Паводок на заході країни: евакуйовано три села"
FLOODS_PARAGRAPHS = (
    "Рівень води в річці Тиса за добу піднявся на два метри, рятувальники евакуювали мешканців трьох прибережних сіл.",
    "Місцева влада запровадила режим надзвичайної ситуації та відкрила пункти тимчасового розміщення у школах.",
    "Синоптики прогнозують, що дощі триватимуть до кінця тижня, тому загроза підтоплення зберігається.",
)
CP1251_TITLE = "Центробанк сохранил ключевую ставку"
CP1251_PARAGRAPH = (
    "Совет директоров Банка России в пятницу сохранил ключевую ставку на прежнем уровне. "
    "Регулятор отметил, что инфляционное давление постепенно снижается, но остаётся высоким."
)
BIG_BODY_BYTES = 64 * 1024


@dataclass(slots=True, frozen=True)
class Article:
    path: str
    title: str
    paragraphs: tuple[str, ...]


def article_page(title: str, paragraphs: tuple[str, ...], *, charset: str = "utf-8") -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title} | Вечерний вестник</title>
<meta property="og:site_name" content="Вечерний вестник">
<meta property="article:published_time" content="2024-03-12T14:30:00+03:00"></head>
<body>
<header><nav><ul><li><a href="/">Главная</a></li><li><a href="/politics">Политика</a></li></ul></nav></header>
<main><article><h1>{title}</h1>{body}</article></main>
<footer><p>© 2024 Вечерний вестник. Перепечатка запрещена.</p></footer>
</body></html>"""


@dataclass(slots=True, frozen=True)
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    send_length: bool = True


@dataclass(slots=True, frozen=True)
class ReceivedRequest:
    path: str
    user_agent: str | None


@dataclass(slots=True)
class NewsServer:
    """The running server: where it listens, what it serves, and what it was asked for."""

    base_url: str
    budget: Article = Article("/article/budget.html", BUDGET_TITLE, BUDGET_PARAGRAPHS)
    floods: Article = Article("/article/floods.html", FLOODS_TITLE, FLOODS_PARAGRAPHS)
    cp1251: Article = Article("/article/rate-cp1251.html", CP1251_TITLE, (CP1251_PARAGRAPH,))
    big_body_bytes: int = BIG_BODY_BYTES
    requests: list[ReceivedRequest] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def paths_requested(self) -> list[str]:
        return [request.path for request in self.requests]


def _routes(base_url: str) -> dict[str, Response]:
    def feed(items: list[tuple[str, str, str]]) -> bytes:
        entries = "".join(
            f"<item><title>{title}</title><link>{base_url}{path}</link>"
            f"<pubDate>Tue, 12 Mar 2024 11:30:00 +0000</pubDate><description>{summary}</description></item>"
            for title, path, summary in items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Вечерний вестник</title>'
            f"<link>{base_url}/</link><description>Лента новостей</description>{entries}</channel></rss>"
        ).encode()

    return {
        "/article/budget.html": Response(200, article_page(BUDGET_TITLE, BUDGET_PARAGRAPHS).encode()),
        "/article/floods.html": Response(200, article_page(FLOODS_TITLE, FLOODS_PARAGRAPHS).encode()),
        "/article/rate-cp1251.html": Response(
            200,
            article_page(CP1251_TITLE, (CP1251_PARAGRAPH,), charset="windows-1251").encode("cp1251"),
            content_type="text/html; charset=windows-1251",
        ),
        "/old/budget": Response(302, headers=(("Location", "/article/budget.html"),)),
        "/loop": Response(302, headers=(("Location", "/loop"),)),
        "/missing.html": Response(404, b"<html><body><h1>Not Found</h1></body></html>"),
        "/big.html": Response(200, b"<html><body><p>" + b"a" * BIG_BODY_BYTES + b"</p></body></html>"),
        "/big-unsized.html": Response(
            200, b"<html><body><p>" + b"b" * BIG_BODY_BYTES + b"</p></body></html>", send_length=False
        ),
        "/feed.rss": Response(
            200,
            feed(
                [
                    (BUDGET_TITLE, "/article/budget.html", "Депутаты приняли бюджет."),
                    (FLOODS_TITLE, "/article/floods.html", "На заході країни евакуювали три села."),
                ]
            ),
            content_type="application/rss+xml",
        ),
        "/feed-broken-link.rss": Response(
            200,
            feed(
                [
                    (BUDGET_TITLE, "/article/budget.html", "Депутаты приняли бюджет."),
                    ("Статья, которой больше нет", "/article/gone.html", "Краткое содержание исчезнувшей статьи."),
                ]
            ),
            content_type="application/rss+xml",
        ),
    }


def _handler(server: NewsServer, routes: dict[str, Response]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        # HTTP/1.0: a response without Content-Length ends when the connection closes.
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            server.requests.append(ReceivedRequest(self.path, self.headers.get("User-Agent")))
            response = routes.get(self.path) or Response(404, b"not found", content_type="text/plain")
            self.send_response(response.status)
            self.send_header("Content-Type", response.content_type)
            for name, value in response.headers:
                self.send_header(name, value)
            if response.send_length:
                self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)

        def log_message(self, format: str, *args: object) -> None:
            return

    return Handler


@pytest.fixture(scope="session")
def _http_server() -> Iterator[NewsServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    host, port = httpd.server_address[:2]
    news = NewsServer(base_url=f"http://{host!s}:{port}")
    httpd.RequestHandlerClass = _handler(news, _routes(news.base_url))
    thread = threading.Thread(target=httpd.serve_forever, name="news-server", daemon=True)
    thread.start()
    yield news
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


@pytest.fixture
def news_server(_http_server: NewsServer) -> NewsServer:
    """The session's server, with the log of received requests emptied for this test."""
    _http_server.requests.clear()
    return _http_server
