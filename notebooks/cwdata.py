"""Connections the cyberWatch notebooks share: PostgreSQL (psycopg2) and Neo4j's HTTP API.

Settings come from environment variables; the defaults are the stores of `./cyberwatch demo`:

  CYBERWATCH_PG_DSN      libpq connection string
                         (default "host=127.0.0.1 port=54329 dbname=cyberwatch user=postgres")
  CYBERWATCH_NEO4J_HTTP  Neo4j HTTP API base URL (default "http://127.0.0.1:57474")
  CYBERWATCH_NEO4J_DB    Neo4j database (default "neo4j")
  CYBERWATCH_NEO4J_USER, CYBERWATCH_NEO4J_PASSWORD   basic auth, when the server wants it

Neo4j is read over its HTTP transactional endpoint with the standard library, because Debian
packages no Neo4j driver for Python.
"""
import base64
import io
import json
import os
import urllib.request

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import psycopg2  # noqa: E402
from IPython.display import Image, display  # noqa: E402

PG_DSN = os.environ.get(
    "CYBERWATCH_PG_DSN", "host=127.0.0.1 port=54329 dbname=cyberwatch user=postgres")
NEO4J_HTTP = os.environ.get("CYBERWATCH_NEO4J_HTTP", "http://127.0.0.1:57474").rstrip("/")
NEO4J_DB = os.environ.get("CYBERWATCH_NEO4J_DB", "neo4j")


def sql(query, params=None):
    """Runs a read query on PostgreSQL and returns a DataFrame."""
    with psycopg2.connect(PG_DSN) as conn:
        with conn.cursor() as cur:
            cur.execute(query, params)
            columns = [c.name for c in cur.description]
            return pd.DataFrame(cur.fetchall(), columns=columns)


def cypher(statement, **parameters):
    """Runs a Cypher statement through Neo4j's HTTP API and returns a DataFrame."""
    body = json.dumps({"statements": [{"statement": statement, "parameters": parameters}]})
    request = urllib.request.Request(
        f"{NEO4J_HTTP}/db/{NEO4J_DB}/tx/commit", data=body.encode("utf-8"),
        headers={"Content-Type": "application/json", "Accept": "application/json"})
    user = os.environ.get("CYBERWATCH_NEO4J_USER")
    if user:
        token = f"{user}:{os.environ.get('CYBERWATCH_NEO4J_PASSWORD', '')}".encode("utf-8")
        request.add_header("Authorization", "Basic " + base64.b64encode(token).decode("ascii"))
    with urllib.request.urlopen(request, timeout=60) as response:
        answer = json.load(response)
    if answer.get("errors"):
        raise RuntimeError(f"Neo4j refused the query: {answer['errors']}")
    result = answer["results"][0]
    return pd.DataFrame([row["row"] for row in result["data"]], columns=result["columns"])


def require(frame, what):
    """Fails the notebook when a query found nothing: an empty plot answers no question."""
    if frame is None or len(frame) == 0:
        raise AssertionError(f"no data for {what}: run ./cyberwatch demo first")
    return frame


def show(fig):
    """Puts a figure into the notebook as a PNG, drawn by the Agg backend (no display needed)."""
    png = io.BytesIO()
    fig.savefig(png, format="png", dpi=90, bbox_inches="tight")
    plt.close(fig)
    display(Image(data=png.getvalue(), format="png"))


def time_bin(times, target_bins=30):
    """A pandas frequency that cuts the span of `times` into about `target_bins` bins."""
    span = pd.Series(pd.to_datetime(times, utc=True)).agg(["min", "max"])
    seconds = max((span["max"] - span["min"]).total_seconds(), 1.0)
    for freq, size in [("10s", 10), ("30s", 30), ("1min", 60), ("5min", 300), ("15min", 900),
                       ("1h", 3600), ("6h", 21600), ("1D", 86400), ("7D", 604800)]:
        if seconds / size <= target_bins:
            return freq
    return "30D"


def time_axis(ax, times, freq):
    """Limits a time axis to the span of `times` plus one bin each side, labelled in UTC.

    matplotlib's own limits for a single point (or a few close ones) span years; an axis that
    shows only where the data is keeps a short run readable."""
    import matplotlib.dates as mdates

    times = pd.Series(pd.to_datetime(times, utc=True))
    pad = pd.Timedelta(freq)
    ax.set_xlim(times.min() - pad, times.max() + pad)
    short = times.max() - times.min() < pd.Timedelta("2D")
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M:%S" if short else "%Y-%m-%d"))
    ax.set_xlabel("time (UTC)")
