"""The opt-in online geocoder, with a fake geopy geocoder: never the network."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from geopy import exc

from mapgen.geocoders import MIN_DELAY_S, USER_AGENT, OnlineResolver
from mapgen.mentions import find_places
from mapgen.model import Resolution
from mapgen.resolve import OfflineResolver, default_resolver


class FakeGeocoder:
    def __init__(self, answers: list[Any]) -> None:
        self.answers = answers
        self.calls: list[str] = []

    def geocode(self, query: str, **kwargs: Any) -> Any:
        self.calls.append(query)
        a = self.answers.pop(0)
        if isinstance(a, Exception):
            raise a
        return a


class Clock:
    def __init__(self) -> None:
        self.t = 0.0
        self.slept: list[float] = []

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.t += s

    def __call__(self) -> float:
        return self.t


@pytest.fixture(scope="module")
def offline() -> OfflineResolver:
    return default_resolver()  # type: ignore[return-value]


def loc(lat: float, lon: float) -> Any:
    return SimpleNamespace(
        latitude=lat, longitude=lon, address="Novoxyzivka, Ukraine", raw={"address": {"country_code": "ua"}}
    )


def make(
    offline: OfflineResolver, tmp_path: Path, answers: list[Any]
) -> tuple[OnlineResolver, FakeGeocoder, Clock]:
    fake, clock = FakeGeocoder(answers), Clock()
    return OnlineResolver(offline, fake, tmp_path / "cache.json", sleep=clock.sleep, clock=clock), fake, clock


def test_offline_first_then_online_and_cached(offline: OfflineResolver, tmp_path: Path) -> None:
    r, fake, _ = make(offline, tmp_path, [loc(48.1, 37.7)])
    assert r.geocode("Mosul").place.key == "geonames:99072"  # type: ignore[union-attr]
    assert fake.calls == []
    g = r.geocode("Novoxyzivka")
    assert g.resolution is Resolution.RESOLVED and g.place.country == "UA"  # type: ignore[union-attr]
    r2, fake2, _ = make(offline, tmp_path, [])
    assert r2.geocode("Novoxyzivka").place.lat == 48.1  # type: ignore[union-attr]
    assert fake2.calls == []  # answered from the persistent cache


def test_not_found_is_cached(offline: OfflineResolver, tmp_path: Path) -> None:
    r, fake, _ = make(offline, tmp_path, [None])
    assert r.geocode("Qwzxplace").resolution is Resolution.UNRESOLVED
    assert r.geocode("Qwzxplace").resolution is Resolution.UNRESOLVED
    assert fake.calls == ["Qwzxplace"]


@pytest.mark.parametrize(
    "error",
    [
        exc.GeocoderUnavailable("down"),
        exc.GeocoderQueryError("bad"),
        exc.GeocoderInsufficientPrivileges("403"),
    ],
)
def test_errors_are_an_error_state_never_cached_never_retried(
    offline: OfflineResolver, tmp_path: Path, error: Exception
) -> None:
    r, fake, _ = make(offline, tmp_path, [error, None])
    assert r.geocode("Qwzxplace").resolution is Resolution.ERROR
    assert len(fake.calls) == 1
    assert not (tmp_path / "cache.json").exists()


def test_rate_limit_honours_retry_after_and_throttles(offline: OfflineResolver, tmp_path: Path) -> None:
    r, fake, clock = make(offline, tmp_path, [exc.GeocoderRateLimited("429", retry_after=7), None, None])
    assert r.geocode("Qwzxone").resolution is Resolution.UNRESOLVED
    assert 7 in clock.slept
    r.geocode("Qwzxtwo")
    assert len(fake.calls) == 3
    assert all(s >= 0 for s in clock.slept) and sum(clock.slept) >= 7 + MIN_DELAY_S * 0.99


def test_mentions_use_online_for_unresolved(offline: OfflineResolver, tmp_path: Path) -> None:
    r, _, _ = make(offline, tmp_path, [loc(48.1, 37.7)])
    body = "Shelling hit the village of Novoxyzivka in Ukraine."
    res = r.resolve_mentions(body, find_places(body, r).value)
    pm = [p for p in res.value if p.mention.text == "Novoxyzivka"][0]
    assert pm.resolution is Resolution.RESOLVED and not res.problems


def test_user_agent_is_specific() -> None:
    assert USER_AGENT.startswith("mapgen/") and "geopy" not in USER_AGENT
