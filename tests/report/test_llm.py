"""Abstractive mode against a tiny local OpenAI-compatible server with recorded answers."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from duiding.records import Takeaway
from duiding.report.llm import LlmClient, LlmError, check, rewrite_takeaways

SOURCE = ("Het kabinet trekt 800 miljoen euro uit voor de versterking van de dijken langs de grote rivieren, "
          "zei minister Jeroen Blom.")
# recorded answers, keyed by a word of the takeaway sent
ANSWERS = {
    "dijken": "Het kabinet maakt 800 miljoen euro vrij om de dijken langs de grote rivieren te versterken.",
    "rivieren": "Minister Karin Smit trekt 900 miljoen euro uit voor de dijken.",  # new name and number
}


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][-1]["content"].split("Kernpunt:")[-1]
        if "stuk" in prompt:
            self.send_response(500)
            self.end_headers()
            return
        answer = next((a for k, a in ANSWERS.items() if k in prompt), "")
        data = json.dumps({"choices": [{"message": {"role": "assistant", "content": answer}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_faithful_rewrite_is_accepted_and_keeps_spans(server):
    t = Takeaway("Het kabinet trekt 800 miljoen euro uit voor de versterking van de dijken.", [(0, 99)], 0.9)
    out, refused = rewrite_takeaways([t], SOURCE, LlmClient(server))
    assert refused == []
    assert out[0].text == ANSWERS["dijken"] and out[0].sources == [(0, 99)]


def test_rewrite_with_new_name_or_number_is_refused(server):
    t = Takeaway("Het geld gaat naar de grote rivieren.", [(0, len(SOURCE))], 0.5)
    out, refused = rewrite_takeaways([t], SOURCE, LlmClient(server + "/v1"))
    assert out[0].text == t.text  # the extracted text is kept
    assert len(refused) == 1 and ("900" in refused[0] or "karin" in refused[0])


def test_check_rules():
    assert check("Blom wil 800 miljoen euro voor dijken.", SOURCE) == ""
    assert "1200" in check("Blom wil 1.200 miljoen euro.", SOURCE)
    assert "rutte" in check("Volgens Rutte is het genoeg.", SOURCE)
    assert check("", SOURCE) == "empty answer"


def test_server_errors_raise(server):
    with pytest.raises(LlmError):
        LlmClient(server).rewrite("Dit is stuk.", SOURCE)
    with pytest.raises(LlmError):
        LlmClient("http://127.0.0.1:9", timeout=2).rewrite("Iets.", SOURCE)


def test_brief_cli_with_llm_rewrites_and_warns(corpus, server):
    from typer.testing import CliRunner

    from duiding.cli import app

    db, _ = corpus
    res = CliRunner().invoke(app, ["brief", "--db", str(db), "--format", "json", "--llm", server])
    assert res.exit_code == 0, res.output
    assert "kept the extracted text" in res.output  # the warning (stderr is mixed in by the runner)
    items = json.loads(res.output[res.output.index("["):])
    assert any(i["text"] == ANSWERS["dijken"] for i in items)
