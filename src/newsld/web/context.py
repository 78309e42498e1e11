"""The settings and the store a request is answered with, as the app factory registered them."""

from __future__ import annotations

from flask import current_app

from newsld.settings import Settings
from newsld.store import EmbeddedStore


def site_settings() -> Settings:
    return current_app.extensions["newsld"]["settings"]


def site_store() -> EmbeddedStore:
    return current_app.extensions["newsld"]["store"]
