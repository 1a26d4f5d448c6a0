#!/usr/bin/env bash
# Computes, with awk and apart from the loader, the counts TestGDELTRealExport
# expects of the real GDELT 2.0 export (loader/gdelt_test.go, realExportWant).
# Run from this folder: ./expect.sh
set -euo pipefail
cd "$(dirname "$0")/../../../../shared/data"
C=cameo/cameoCountry.txt
E=gdelt/20191024143000.export.CSV
# Lines 2-29 of cameoCountry.txt are regions (WSB … WST); every code after them
# is a state in the gazetteer but ANT (Netherlands Antilles, no longer a state).
ST='NR==FNR{if(FNR>=30 && $1!="ANT") st[$1]=1; next}'
KEPT="$ST"' ($8 in st) && ($18 in st) && $8!=$18'
# every CAMEO code listed in Codes of graph/vocab.go
MAPPED='^(020|021|0211|0212|0213|0214|022|026|030|031|0311|0312|0313|0314|032|036|040|041|042|043|044|046|051|052|053|054|057|070|071|072|073|074|075|110|111|112|113|114|115|130|131|1311|1312|1313|132|1321|1322|1323|1324|133|134|135|136|137|138|1381|1382|1383|1384|1385|139|160|161|162|1621|1622|1623|163|164|166|1661|1662|1663|18|180|181|182|1821|1822|1823|183|1831|1832|1833|1834|184|185|186|19|190|191|192|193|194|195|1951|1952|196|20|200|201|202|203|204|2041|2042)$'
n() { printf '%-12s %s\n' "$1" "$2"; }
n rows        "$(awk 'END{print NR}' $E)"
n noCountry   "$(awk -F'\t' '$8=="" || $18==""' $E | wc -l)"
n notState    "$(awk -F'\t' "$ST"' $8!="" && $18!="" && !(($8 in st) && ($18 in st))' $C $E | wc -l)"
n bothStates  "$(awk -F'\t' "$ST"' ($8 in st) && ($18 in st)' $C $E | wc -l)"
n sameState   "$(awk -F'\t' "$ST"' ($8 in st) && ($18 in st) && $8==$18' $C $E | wc -l)"
n kept        "$(awk -F'\t' "$KEPT" $C $E | wc -l)"
n mapped      "$(awk -F'\t' "$KEPT"' && $27 ~ /'"$MAPPED"'/' $C $E | wc -l)"
n generic     "$(awk -F'\t' "$KEPT"' && $27 !~ /'"$MAPPED"'/' $C $E | wc -l)"
n MET         "$(awk -F'\t' "$KEPT"' && $27 ~ /^(040|041|042|043|044|046)$/' $C $E | wc -l)"
n ATTACKED    "$(awk -F'\t' "$KEPT"' && $27 ~ /^(18|19|20)/' $C $E | wc -l)"
n CRITICIZED  "$(awk -F'\t' "$KEPT"' && $27 ~ /^(110|111|112|113|115)$/' $C $E | wc -l)"
n GAVE_AID    "$(awk -F'\t' "$KEPT"' && $27 ~ /^07[0-5]$/' $C $E | wc -l)"
n "mentions weight" "$(awk -F'\t' "$KEPT"' {m+=$32; w+=$31*$32} END{print m, w}' $C $E)"
# aggregates by month: distinct (Actor1CountryCode, Actor2CountryCode, type —
# or EVENT and the code —, YYYYMM of SQLDATE) of the kept rows
n aggregates  "$(awk -F'\t' "$ST"' ($8 in st) && ($18 in st) && $8!=$18 {
  ty = "EVENT " $27 # generic: one aggregate per code
  if ($27 ~ /^(040|041|042|043|044|046)$/) ty = "MET"
  else if ($27 ~ /^(051|052|053)$/) ty = "PRAISED"
  else if ($27 ~ /^(020|021|0211|0212|0213|0214|022|026|030|031|0311|0312|0313|0314|032|036)$/) ty = "APPEALED_FOR_COOPERATION"
  else if ($27 == "054") ty = "RECOGNIZED"
  else if ($27 == "057") ty = "SIGNED_AGREEMENT"
  else if ($27 ~ /^07[0-5]$/) ty = "GAVE_AID"
  else if ($27 ~ /^(110|111|112|113|115)$/) ty = "CRITICIZED"
  else if ($27 == "114") ty = "PROTESTED"
  else if ($27 ~ /^13/) ty = "THREATENED"
  else if ($27 ~ /^(160|161|162|1621|1622|1623|164)$/) ty = "REDUCED_RELATIONS"
  else if ($27 == "163") ty = "SANCTIONED"
  else if ($27 ~ /^(166|1661|1662|1663)$/) ty = "EXPELLED"
  else if ($27 ~ /^(18|19|20)/) ty = "ATTACKED"
  k[$8 SUBSEP $18 SUBSEP ty SUBSEP substr($2,1,6)] = 1 } END { for (x in k) c++; print c }' $C $E)"
n rootNotRoot "$(awk -F'\t' '$26!=1' $E | wc -l)"
n rootKept    "$(awk -F'\t' "$ST"' $26==1 && ($8 in st) && ($18 in st) && $8!=$18' $C $E | wc -l)"
# an actor is GOV when one of its three type codes is (Actor1Type1-3Code: $13-$15, Actor2's: $23-$25)
G='($13=="GOV" || $14=="GOV" || $15=="GOV") && ($23=="GOV" || $24=="GOV" || $25=="GOV")'
n govBoth     "$(awk -F'\t' "$G" $E | wc -l)"
n govNoCountry "$(awk -F'\t' "$G"' && ($8=="" || $18=="")' $E | wc -l)"
n govSame     "$(awk -F'\t' "$ST $G"' && ($8 in st) && ($18 in st) && $8==$18' $C $E | wc -l)"
n govKept     "$(awk -F'\t' "$ST $G"' && ($8 in st) && ($18 in st) && $8!=$18' $C $E | wc -l)"
