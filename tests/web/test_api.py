"""The JSON API and the pages over a store built from tests/web/data through the real pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from duiding.web import create_app
from duiding.web.settings import Settings

from .conftest import DATA, TOKEN


def _all(client: TestClient, path: str, **params: object) -> list[dict]:
    """Every item of a paged list, following next_offset with a small page size."""
    items: list[dict] = []
    offset: int | None = 0
    while offset is not None:
        page = client.get(path, params={**params, "limit": 2, "offset": offset}).json()
        items += page["items"]
        offset = page["next_offset"]
    return items


def test_articles_list_pages_and_filters(client: TestClient) -> None:
    first = client.get("/api/articles", params={"limit": 2}).json()
    assert first["total"] == 4 and len(first["items"]) == 2 and first["next_offset"] == 2
    every = _all(client, "/api/articles")
    assert len({a["id"] for a in every}) == 4
    dates = [a["date"] for a in every]
    assert dates == sorted(dates, reverse=True)  # newest first, like `duiding ls`
    september = client.get("/api/articles", params={"since": "2026-09", "until": "2026-09"}).json()
    assert september["total"] == 2 and all(a["date"].startswith("2026-09") for a in september["items"])
    by_source = client.get("/api/articles", params={"source": "stikstof"}).json()
    titles = [a["title"] for a in by_source["items"]]
    assert titles == ["Hofstede wil stikstofuitstoot Gelderse Vallei met een derde omlaag"]


def test_article_detail_is_the_contract_document(client: TestClient) -> None:
    aid = client.get("/api/articles", params={"source": "dijkversterking-zeeland"}).json()["items"][0]["id"]
    doc = client.get(f"/api/articles/{aid}").json()
    art = doc["articles"][0]
    assert art["id"] == aid and art["date"] == "2026-09-14"
    for m in art["mentions"]:
        assert art["text"][m["span"][0] : m["span"][1]] == m["text"]
    assert any(q["speaker"] and "Verbeek" in q["speaker"] for q in art["quotes"])
    assert {e["id"] for e in doc["entities"]} >= {m["entity"] for m in art["mentions"] if m["entity"]}
    assert client.get(f"/api/articles/{aid[:6]}").json()["articles"][0]["id"] == aid  # unique prefix works
    missing = client.get("/api/articles/ffffffffffff")
    assert missing.status_code == 404 and "no article" in missing.json()["detail"]


def test_entities_list_and_detail(client: TestClient) -> None:
    people = _all(client, "/api/entities", type="PER")
    assert people and all(e["type"] == "PER" for e in people)
    counts = [e["mention_count"] for e in people]
    assert counts == sorted(counts, reverse=True)
    verbeek = client.get("/api/entities", params={"q": "Verbeek"}).json()["items"][0]
    detail = client.get(f"/api/entities/{verbeek['id']}").json()
    assert detail["entity"]["name"] == verbeek["name"]
    assert detail["article_total"] == 2  # she appears in both dike articles
    assert detail["quotes"] and all(q["speaker_entity"] == verbeek["id"] for q in detail["quotes"])
    assert any(r["role"].startswith("minister") for r in detail["roles"])
    names = {e["name"] for e in detail["co_occurring"]}
    assert verbeek["name"] not in names and any("Kleinhout" in n or "Wisse" in n for n in names)
    assert client.get("/api/entities/nope").status_code == 404


def test_quotes_filter_by_speaker_kind_and_date(client: TestClient) -> None:
    every = _all(client, "/api/quotes")
    assert len(every) >= 6
    wisse = client.get("/api/quotes", params={"who": "Wisse"}).json()["items"]
    assert wisse and all("Wisse" in (q["speaker"] or "") for q in wisse)
    direct = _all(client, "/api/quotes", kind="direct")
    assert direct and all(q["kind"] == "direct" for q in direct)
    october = _all(client, "/api/quotes", since="2026-10")
    assert october and all(q["article_date"] >= "2026-10" for q in october)
    assert client.get("/api/quotes", params={"kind": "gerucht"}).status_code == 422


def test_pledges_with_totals(client: TestClient) -> None:
    page = client.get("/api/pledges").json()
    for p in page["items"]:
        assert p["status"] in {"promised", "delivered", "considered"}
    assert page["items"], "the fixtures promise money (province, cabinet)"
    for s in page["sums"]:
        assert s["considered_count"] >= 0 and s["promised"] >= 0
    promised = sum(p["amount"]["value"] for p in page["items"] if p.get("amount") and p["status"] == "promised")
    assert sum(s["promised"] for s in page["sums"]) <= promised + 1e-6  # repeats count once, never more
    assert sum(s["promised"] for s in page["sums"]) > 0
    zeeland = client.get("/api/pledges", params={"giver": "Zeeland"}).json()
    assert zeeland["items"] and all("Zeeland" in p["giver"] for p in zeeland["items"])


def test_stories_and_timeline(client: TestClient) -> None:
    stories = client.get("/api/stories").json()
    assert stories["total"] >= 2
    dike = next(s for s in stories["items"] if s["article_count"] == 2)
    detail = client.get(f"/api/stories/{dike['id']}").json()
    assert {a["date"] for a in detail["articles"]} == {"2026-09-14", "2026-09-17"}
    assert detail["timeline"] and all(e["date"] for e in detail["timeline"])
    timeline = client.get("/api/timeline", params={"story": dike["id"]}).json()
    starts = [e["start"] for e in timeline["items"]]
    assert starts == sorted(starts) and timeline["total"] == len(detail["timeline"])
    window = _all(client, "/api/timeline", since="2026-10", until="2026-10")
    assert window and all(e["end"] >= "2026-10-01" and e["start"] <= "2026-10-31" for e in window)
    verbeek = client.get("/api/timeline", params={"entity": "Verbeek"}).json()["items"]
    assert verbeek and all(e["kind"] != "publication" and "Verbeek" in e["label"] for e in verbeek)
    assert client.get("/api/timeline", params={"since": "gisteren"}).status_code == 422
    assert client.get("/api/timeline", params={"story": "nope"}).status_code == 404


def test_search_finds_sentences_with_filters(client: TestClient) -> None:
    res = client.get("/api/search", params={"q": "dijkversterking"}).json()
    assert res["items"], res
    for hit in res["items"]:
        assert hit["article_id"] and hit["text"]
    dated = client.get("/api/search", params={"q": "miljoen euro", "since": "2026-10"}).json()["items"]
    assert dated and all(h["date"] >= "2026-10" for h in dated)
    assert client.get("/api/search").status_code == 422


def test_openapi_describes_every_resource(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/quotes", "/api/timeline", "/api/pledges", "/api/stories", "/api/stories/{story_id}",
                 "/api/search"):
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/quotes"]["get"]["parameters"]}
    assert {"who", "since", "until", "kind", "limit", "offset"} <= params
    assert "post" in spec["paths"]["/api/articles"]
    assert spec["components"]["schemas"]["QuoteRow"]["properties"]["cue"]["description"]


def test_pages_render_and_escape_article_text(client: TestClient) -> None:
    for path in ("/", "/articles", "/entities", "/quotes", "/pledges", "/timeline", "/search?q=stikstof", "/upload"):
        r = client.get(path)
        assert r.status_code == 200 and "text/html" in r.headers["content-type"], path
    aid = client.get("/api/articles", params={"source": "weerbaarheid"}).json()["items"][0]["id"]
    page = client.get(f"/articles/{aid}").text
    assert "&lt;script&gt;alert(" in page and "<script>alert(" not in page
    assert 'class="hl hl-quote' in page and 'class="hl hl-mention' in page
    assert client.get("/stories/nope").status_code == 404
    assert "niet gevonden" in client.get("/entities/nope").text.lower()


def test_search_page_marks_the_matching_words(client: TestClient) -> None:
    page = client.get("/search", params={"q": "dijken"}).text
    assert '<mark class="hit">' in page


def test_writes_are_refused_without_a_configured_token(web_db: Path) -> None:
    with TestClient(create_app(Settings(db=str(web_db), token=None))) as c:
        r = c.post("/api/articles", json={"text": "Een korte tekst."}, headers={"Authorization": "Bearer x"})
        assert r.status_code == 403 and "DUIDING_TOKEN" in r.json()["detail"]
        form = c.post("/upload", data={"token": "x", "text": "Een korte tekst."})
        assert form.status_code == 403 and "DUIDING_TOKEN" in form.text


def test_writes_need_the_right_token(client: TestClient) -> None:
    r = client.post("/api/articles", json={"text": "Een korte tekst."}, headers={"Authorization": "Bearer fout"})
    assert r.status_code == 401 and r.json()["detail"] == "invalid or missing token"
    assert client.post("/api/articles", json={"text": "Een korte tekst."}).status_code == 401


def test_upload_by_json_and_multipart(writable_db: Path) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(create_app(Settings(db=str(writable_db), token=TOKEN))) as c:
        before = c.get("/api/articles").json()["total"]
        body = {"title": "Nieuwe fietsbrug in Middelburg", "date": "2026-10-09",
                "text": "De gemeente Middelburg bouwt een fietsbrug over het kanaal. Wethouder Eva Moerman zei "
                        "dinsdag dat de brug in 2028 klaar is. De bouw kost 14 miljoen euro."}
        r = c.post("/api/articles", json=body, headers=auth)
        assert r.status_code == 200, r.text
        result = r.json()
        assert len(result["ingested"]) == 1 and not result["errors"]
        doc = c.get(f"/api/articles/{result['ingested'][0]}").json()["articles"][0]
        assert doc["title"] == body["title"] and doc["analysis_version"]
        again = c.post("/api/articles", json=body, headers=auth).json()
        assert again["duplicates"] == result["ingested"]
        upload = DATA / "upload" / "2026-10-08-veerdienst-westerschelde.txt"
        files = [("files", (upload.name, upload.read_bytes(), "text/plain")),
                 ("files", ("leeg.json", b"{\"title\": \"zonder tekst\"}", "application/json"))]
        multi = c.post("/api/articles", files=files, headers=auth).json()
        assert len(multi["ingested"]) == 1 and len(multi["errors"]) == 1
        assert multi["errors"][0].startswith("leeg.json") and "\n" not in multi["errors"][0]
        assert c.get("/api/articles").json()["total"] == before + 2
        bad = c.post("/api/articles", content=b"{niet json", headers={**auth, "content-type": "application/json"})
        assert bad.status_code == 400 and "not valid JSON" in bad.json()["detail"]


def test_upload_form_with_token_field(writable_db: Path) -> None:
    with TestClient(create_app(Settings(db=str(writable_db), token=TOKEN))) as c:
        upload = DATA / "upload" / "2026-10-08-veerdienst-westerschelde.txt"
        wrong = c.post("/upload", data={"token": "fout"}, files={"files": (upload.name, upload.read_bytes())})
        assert wrong.status_code == 401 and "invalid or missing token" in wrong.text
        ok = c.post("/upload", data={"token": TOKEN}, files={"files": (upload.name, upload.read_bytes())})
        assert ok.status_code == 200 and "ingested 1" in ok.text
        aid = c.get("/api/articles", params={"source": "veerdienst"}).json()["items"][0]["id"]
        assert f'href="/articles/{aid}"' in ok.text
        assert json.loads(c.get(f"/api/articles/{aid}").text)["articles"][0]["date"] == "2026-10-08"


def test_article_detail_matches_the_cli_contract_document(web_db: Path) -> None:
    from duiding.report.contract import analysis_document
    from duiding.store import Store
    from duiding.web.service import article_detail

    store = Store(web_db)
    for aid in store.article_ids():
        ours, cli = article_detail(store, aid), analysis_document(store, [aid])
        for doc in (ours, cli):
            doc["entities"].sort(key=lambda e: e["id"])
        assert ours == cli
    store.close()
