/**
 * National capitals in English, lower case, each with its country: a generic organization word
 * followed by "in" and another country's capital is that country's body ("the ministry of
 * commerce in Tokyo", "the Treasury in London"), as it is after "in" and the country's name
 * (government-words.ts). Washington is the United States' own capital, so "the Treasury in
 * Washington" stays the federal one for a US body. Facts of geography, not of any entity; a few
 * capitals are listed with and without their diacritics and by their older English names.
 */
const TABLE = `
kabul=afghanistan; tirana=albania; algiers=algeria; luanda=angola; buenos aires=argentina;
yerevan=armenia; canberra=australia; vienna=austria; baku=azerbaijan; nassau=bahamas;
manama=bahrain; dhaka=bangladesh; bridgetown=barbados; minsk=belarus; brussels=belgium;
belmopan=belize; porto-novo=benin; thimphu=bhutan; sucre=bolivia; sarajevo=bosnia;
gaborone=botswana; brasilia=brazil; brasília=brazil; bandar seri begawan=brunei; sofia=bulgaria;
ouagadougou=burkina faso; gitega=burundi; phnom penh=cambodia; yaounde=cameroon; yaoundé=cameroon;
ottawa=canada; praia=cape verde; bangui=central african republic; santiago=chile; beijing=china;
peking=china; bogota=colombia; bogotá=colombia; moroni=comoros; kinshasa=congo; brazzaville=congo;
san jose=costa rica; san josé=costa rica; yamoussoukro=côte d’ivoire; zagreb=croatia; havana=cuba;
nicosia=cyprus; prague=czechia; copenhagen=denmark; djibouti=djibouti;
santo domingo=dominican republic; quito=ecuador; cairo=egypt; san salvador=el salvador;
malabo=equatorial guinea; asmara=eritrea; tallinn=estonia; mbabane=eswatini; addis ababa=ethiopia;
suva=fiji; helsinki=finland; paris=france; libreville=gabon; banjul=gambia; tbilisi=georgia;
berlin=germany; accra=ghana; athens=greece; guatemala city=guatemala; conakry=guinea;
bissau=guinea-bissau; georgetown=guyana; port-au-prince=haiti; tegucigalpa=honduras;
budapest=hungary; reykjavik=iceland; new delhi=india; jakarta=indonesia; tehran=iran; baghdad=iraq;
dublin=ireland; jerusalem=israel; rome=italy; kingston=jamaica; tokyo=japan; amman=jordan;
astana=kazakhstan; nairobi=kenya; tarawa=kiribati; pristina=kosovo; kuwait city=kuwait;
bishkek=kyrgyzstan; vientiane=laos; riga=latvia; beirut=lebanon; maseru=lesotho; monrovia=liberia;
tripoli=libya; vaduz=liechtenstein; vilnius=lithuania; antananarivo=madagascar; lilongwe=malawi;
kuala lumpur=malaysia; putrajaya=malaysia; male=maldives; malé=maldives; bamako=mali;
valletta=malta; majuro=marshall islands; nouakchott=mauritania; port louis=mauritius;
mexico city=mexico; palikir=micronesia; chisinau=moldova; chișinău=moldova; ulaanbaatar=mongolia;
ulan bator=mongolia; podgorica=montenegro; rabat=morocco; maputo=mozambique; naypyidaw=myanmar;
naypyitaw=myanmar; rangoon=myanmar; yangon=myanmar; windhoek=namibia; kathmandu=nepal;
amsterdam=netherlands; hague=netherlands; wellington=new zealand; managua=nicaragua; niamey=niger; abuja=nigeria;
pyongyang=north korea; skopje=north macedonia; oslo=norway; muscat=oman; islamabad=pakistan;
ngerulmud=palau; ramallah=palestinian territories; panama city=panama;
port moresby=papua new guinea; asuncion=paraguay; asunción=paraguay; lima=peru; manila=philippines;
warsaw=poland; lisbon=portugal; doha=qatar; bucharest=romania; moscow=russia; kigali=rwanda;
apia=samoa; riyadh=saudi arabia; dakar=senegal; belgrade=serbia; freetown=sierra leone;
bratislava=slovakia; ljubljana=slovenia; honiara=solomon islands; mogadishu=somalia;
pretoria=south africa; seoul=south korea; juba=south sudan; madrid=spain; colombo=sri lanka;
khartoum=sudan; paramaribo=suriname; stockholm=sweden; bern=switzerland; berne=switzerland;
damascus=syria; taipei=taiwan; dushanbe=tajikistan; dodoma=tanzania; bangkok=thailand;
dili=timor-leste; lome=togo; lomé=togo; nuku'alofa=tonga; tunis=tunisia; ankara=turkey;
ashgabat=turkmenistan; funafuti=tuvalu; kampala=uganda; kyiv=ukraine; kiev=ukraine;
abu dhabi=united arab emirates; london=united kingdom; montevideo=uruguay; tashkent=uzbekistan;
port vila=vanuatu; caracas=venezuela; hanoi=vietnam; sanaa=yemen; lusaka=zambia; harare=zimbabwe;
washington=united states;
`;

let capitals: ReadonlyMap<string, string> | undefined;

function buildCapitals(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const entry of TABLE.split(';')) {
    const [city, country] = entry.split('=').map((part) => part.trim().replace(/\s+/g, ' '));
    if (city && country) table.set(city, country);
  }
  return table;
}

/** The country whose national capital the lower-case name is ("tokyo" → "japan"), or undefined. */
export function countryOfCapital(folded: string): string | undefined {
  capitals ??= buildCapitals();
  return capitals.get(folded);
}

/** The national capitals of the lower-case `country` ("china" → beijing, peking), lower case. */
export function capitalsOf(country: string): readonly string[] {
  capitals ??= buildCapitals();
  return [...capitals].filter(([, of]) => of === country).map(([city]) => city);
}
