#!/usr/bin/env python3
"""Rebuilds the GDELT fixtures of this folder (see README.txt) from
sample.export.CSV, whose rows are copied from the real export:

    R=../../../../shared/data/gdelt/20191024143000.export.CSV
    for n in 1 2 30 57 59 229 232 233 273 330 336 430 432; do sed -n "${n}p" $R; done > sample.export.CSV
"""
import gzip, io, zipfile

rows = open('sample.export.CSV', 'rb').read().split(b'\n')[:-1]


def write(name, lines, final_newline=True):
    open(name, 'wb').write(b'\n'.join(lines) + (b'\n' if final_newline else b''))


def setf(row, i, v):
    f = row.split(b'\t')
    f[i] = v
    return b'\t'.join(f)


def zipw(name, entries):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in entries:
            zi = zipfile.ZipInfo(n, date_time=(2019, 10, 24, 14, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    open(name, 'wb').write(b.getvalue())


r1, r2, r3 = rows[2], rows[3], rows[4]
f = r2.split(b'\t')
del f[58]
write('bad-columns.export.CSV', [r1, b'\t'.join(f), r3 + b'\textra'])
write('bad-date.export.CSV', [r1, setf(r2, 1, b'20190230'), setf(r3, 1, b'2019102')])
write('bad-goldstein.export.CSV', [r1, setf(r2, 30, b'n/a'), setf(r3, 30, b'12.5')])
write('bad-utf8.export.CSV', [r1, setf(r2, 6, b'RUSSIA \xe9'), r3])
open('truncated.export.CSV', 'wb').write(r1 + b'\n' + r2 + b'\n' + r3[:200])
open('empty.export.CSV', 'wb').write(b'')
sample = open('sample.export.CSV', 'rb').read()
zipw('empty.zip', [])
zipw('sample.export.CSV.zip', [('sample.export.CSV', sample)])
zipw('two-entries.zip', [('a.export.CSV', b'\n'.join(rows[:6]) + b'\n'),
                         ('b.export.CSV', b'\n'.join(rows[6:9]) + b'\n' + setf(rows[9], 1, b'20191301') + b'\n')])
open('sample.export.CSV.gz', 'wb').write(gzip.compress(sample, mtime=0))
open('cut.export.CSV.gz', 'wb').write(gzip.compress(sample, mtime=0)[:600])

# GDELT 1.0 layouts, made from the same rows: drop the three ADM2 columns
# (Actor1Geo_ADM2Code 39, Actor2Geo_ADM2Code 47, ActionGeo_ADM2Code 55) and cut
# DATEADDED to YYYYMMDD: the 58 columns of the daily files; without SOURCEURL,
# the 57 of the back-files.
def v1(row, url=True):
    f = row.split(b'\t')
    f = [x for i, x in enumerate(f) if i not in (39, 47, 55)]
    f[56] = f[56][:8]
    return b'\t'.join(f if url else f[:57])


write('sample-v1-daily.export.CSV', [v1(r) for r in rows])
write('sample-v1-backfile.CSV', [v1(r, url=False) for r in rows])

# A GDELT 1.0 file with both layouts, as the back-file and daily downloads
# concatenated: the first six rows without SOURCEURL (57 columns), the rest
# with it (58), and the same the other way round.
write('sample-v1-mixed.CSV', [v1(r, url=i >= 6) for i, r in enumerate(rows)])
write('sample-v1-mixed-daily-first.CSV', [v1(r, url=i < 6) for i, r in enumerate(rows)])

# A BigQuery CSV (gdelt-bq.gdeltv2.events saved as CSV): a header row of a
# subset of the columns, comma-separated, a field quoted when it holds a comma
# or a quote (RFC 4180), CRLF line ends and a byte-order mark. The sample's
# rows and line 1733 of the real export, whose SOURCEURL holds a comma.
HEADER = ('GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\tActor1Code\tActor1Name\tActor1CountryCode\t'
          'Actor1KnownGroupCode\tActor1EthnicCode\tActor1Religion1Code\tActor1Religion2Code\tActor1Type1Code\t'
          'Actor1Type2Code\tActor1Type3Code\tActor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\t'
          'Actor2EthnicCode\tActor2Religion1Code\tActor2Religion2Code\tActor2Type1Code\tActor2Type2Code\t'
          'Actor2Type3Code\tIsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\t'
          'NumMentions\tNumSources\tNumArticles\tAvgTone\tActor1Geo_Type\tActor1Geo_FullName\tActor1Geo_CountryCode\t'
          'Actor1Geo_ADM1Code\tActor1Geo_ADM2Code\tActor1Geo_Lat\tActor1Geo_Long\tActor1Geo_FeatureID\tActor2Geo_Type\t'
          'Actor2Geo_FullName\tActor2Geo_CountryCode\tActor2Geo_ADM1Code\tActor2Geo_ADM2Code\tActor2Geo_Lat\t'
          'Actor2Geo_Long\tActor2Geo_FeatureID\tActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\t'
          'ActionGeo_ADM1Code\tActionGeo_ADM2Code\tActionGeo_Lat\tActionGeo_Long\tActionGeo_FeatureID\tDATEADDED\t'
          'SOURCEURL').split('\t')
BQ = ['GLOBALEVENTID', 'SQLDATE', 'Actor1Code', 'Actor1CountryCode', 'Actor1Type1Code', 'Actor2Code',
      'Actor2CountryCode', 'Actor2Type1Code', 'IsRootEvent', 'EventCode', 'EventRootCode', 'QuadClass',
      'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone', 'SOURCEURL', 'DATEADDED']
export = open('../../../../shared/data/gdelt/20191024143000.export.CSV', 'rb').read().split(b'\n')


def quote(x):
    return b'"' + x.replace(b'"', b'""') + b'"' if any(c in x for c in (b',', b'"', b'\r', b'\n')) else x


bq = [b','.join(c.encode() for c in BQ)]
for r in rows + [export[1732]]:
    f = r.split(b'\t')
    bq.append(b','.join(quote(f[HEADER.index(c)]) for c in BQ))
open('sample.bigquery.csv', 'wb').write(b'\xef\xbb\xbf' + b'\r\n'.join(bq) + b'\r\n')

# Dates of statehood (statehood-v1-backfile.CSV): no real GDELT row of the
# years before a state began is in ../shared/data, so these are line 1139 of
# the real export (Israel -> Palestine, Actor2Code PSEREB, HAMAS, CAMEO 020)
# and line 229 (Afghanistan -> Africa, AFR, 046), in the GDELT 1.0 back-file
# layout of the years 1979-2013, with only the fields said changed: the event
# id (a suffix, so that no row is a duplicate of another), the four date
# columns and DATEADDED, and Actor2CountryCode. Each row is commented in
# README.txt.
R = '../../../../shared/data/gdelt/20191024143000.export.CSV'
real = open(R, 'rb').read().split(b'\n')
pse, afr = real[1138], real[228]


def redate(row, n, day, country=None):
    f = row.split(b'\t')
    f[0] += b'%02d' % n
    y, m, d = day[:4], day[4:6], day[6:]
    doy = (int(m) - 1) * 30 + int(d)  # FractionDate as GDELT writes it: year + day/365, 4 decimals
    f[1], f[2], f[3], f[4] = day, y + m, y, b'%s.%04d' % (y, round(doy / 365 * 10000))
    f[59] = day + f[59][8:]
    if country is not None:
        f[17] = country
    return v1(b'\t'.join(f), url=False)


write('statehood-v1-backfile.CSV', [
    redate(pse, 1, b'20191024'),           # Palestine in 2019: kept
    redate(pse, 2, b'19850601'),           # Palestine before its declaration: no state yet
    redate(pse, 3, b'19881114', b'WSB'),   # the West Bank, the day before: no state yet
    redate(pse, 4, b'19881115', b'WSB'),   # the West Bank on the day of the declaration: Palestine
    redate(pse, 5, b'19870301', b'GZS'),   # Gaza before: no state yet
    redate(pse, 6, b'20190601', b'GZS'),   # Gaza in 2019: Palestine
    redate(pse, 7, b'19950601', b'TMP'),   # East Timor under Indonesia's occupation: no state yet
    redate(pse, 8, b'20020520', b'TMP'),   # East Timor on its independence: Timor-Leste
    v1(afr, url=False),                    # Africa: a region
])
