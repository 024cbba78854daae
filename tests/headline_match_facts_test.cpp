// A match report may print its facts box (the result line, then rows of scorers, cards, referee and line-ups) over its
// text, under the byline and the picture. A row of it ("Bramki: 0:1 Pietrzak (27.), ...", "Tore: ...", "Goals: ..."),
// whose names the report's text repeats, is no headline: the title over the standfirst stays the headline, and the
// section's label over it the kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a match's facts box over the report's text gives no headline", "[headline][match_facts]") {
    struct Row {
        const char* page;
        const char* kicker;
        const char* headline;
    };
    const std::vector<Row> rows = {
        {R"(Piłka nożna
Warta Chełmno - Orzeł Kwidzyn 2:1 (0:1). Gospodarze odwrócili losy meczu w ostatnim kwadransie
Dwa gole w ciągu siedmiu minut dały Warcie trzecie zwycięstwo z rzędu. Orzeł spada na dziewiąte miejsce w tabeli.
Tomasz Kowalewicz
03.12.2026 21:48
Radość piłkarzy Warty po golu na 2:1. Fot. Głos Pomorza / Marek Żuber
Warta Chełmno - Orzeł Kwidzyn 2:1 (0:1)
Bramki: 0:1 Radosław Pietrzak (27.), 1:1 Kacper Wnuk (76.), 2:1 Dawid Szczepański (83. karny)
Żółte kartki: Grzelak, Wnuk - Pietrzak, Kozłowski
Sędziował: Michał Stępień (Toruń). Widzów: 1850.
Warta: Bielecki - Grzelak, Malinowski, Olech, Rutkowski - Wnuk, Szczepański, Nowicki (65. Zając) - Lewandowski, Czaja (70. Kubiak), Sobczak.
Orzeł: Kozłowski - Adamczyk, Jurek, Sikora, Baran - Pietrzak, Marczak, Wrona (80. Domański) - Kaczmarek, Stasiak, Dudek.
Pierwsza połowa należała do gości. W 27. minucie Radosław Pietrzak wykorzystał błąd obrońców i strzałem z 16 metrów dał Orłowi prowadzenie.
Po przerwie trener Warty Jacek Ostrowski wprowadził dwóch napastników. To się opłaciło: w 76. minucie Kacper Wnuk wyrównał głową po rzucie rożnym, a siedem minut później Dawid Szczepański pewnie wykorzystał rzut karny.
– Powiedziałem chłopakom w szatni, że mamy jeszcze 45 minut i nic nie jest stracone – mówił po meczu Ostrowski.
Szkoleniowiec gości Andrzej Milczarek nie krył rozczarowania. – Przez godzinę byliśmy lepsi, a wracamy z niczym. Rzut karny był bardzo dyskusyjny – ocenił.
Minuta po minucie
27. - gol! Pietrzak po błędzie Olecha.
76. - gol! Wnuk głową, 1:1.
)",
         "Piłka nożna",
         "Warta Chełmno - Orzeł Kwidzyn 2:1 (0:1). Gospodarze odwrócili losy meczu w ostatnim kwadransie"}, // pl
        {R"(Regionalliga
Später Doppelschlag: Lindenau dreht das Derby gegen Hafenstadt
Zwei Tore in sieben Minuten bringen den dritten Sieg in Serie. Hafenstadt rutscht auf Platz neun.
Jonas Brehmer
03.12.2026, 21:48 Uhr
Jubel bei Lindenau nach dem 2:1. Foto: Lindenauer Bote / Mara Stein
SV Lindenau - FC Hafenstadt 2:1 (0:1)
Tore: 0:1 Ralf Petersen (27.), 1:1 Kai Wunder (76.), 2:1 Timo Schäfer (83., Foulelfmeter)
Gelbe Karten: Brandt, Wunder - Petersen, Krause
Schiedsrichter: Michael Stein (Kiel). Zuschauer: 1850.
Die erste Halbzeit gehörte den Gästen. In der 27. Minute nutzte Ralf Petersen einen Fehler der Abwehr und traf aus 16 Metern.
Nach der Pause brachte Trainer Jens Ostermann zwei Stürmer. Das zahlte sich aus: In der 76. Minute köpfte Kai Wunder nach einer Ecke ein, sieben Minuten später verwandelte Timo Schäfer den Elfmeter.
– Ich habe den Jungs in der Kabine gesagt, dass noch 45 Minuten zu spielen sind – sagte Ostermann nach dem Spiel.
Der Trainer der Gäste war enttäuscht. „Eine Stunde lang waren wir besser“, sagte er.
Die Tore im Überblick
27. - Tor! Petersen nach Fehler von Brandt.
76. - Tor! Wunder per Kopf, 1:1.
83. - Elfmeter, Schäfer trifft.
90.+4 - Abpfiff.
Am nächsten Spieltag muss Lindenau beim Tabellenführer antreten.
)",
         "Regionalliga", "Später Doppelschlag: Lindenau dreht das Derby gegen Hafenstadt"}, // de
        {R"(Football
Late double turns the derby as Harbourside beat Millford
Two goals in seven minutes give the hosts a third straight win. Millford drop to ninth in the table.
Callum Dyce
December 3, 2026
Harbourside players celebrate the winner. Photo: Harbour Ledger / Nadia Ferreira
Harbourside - Millford 2-1 (0-1)
Goals: Erik Lindqvist 27 (0-1), Sam Okafor 76 (1-1), Liam Brennan 83 pen (2-1)
Booked: Hale, Okafor - Lindqvist, Crane
Referee: Michael Stone. Attendance: 1,850.
The first half belonged to the visitors. Erik Lindqvist put them ahead after 27 minutes, punishing a mistake at the back.
After the break Harbourside sent on two strikers. It paid off: Sam Okafor headed in a corner on 76 minutes and Liam Brennan scored the penalty seven minutes later.
"I told the lads at half-time there were 45 minutes left," the home manager said.
The visiting manager was frustrated. "We were better for an hour," he said.
Minute by minute
27 - Goal! Lindqvist after a mistake by Hale.
76 - Goal! Okafor with a header, 1-1.
83 - Penalty, Brennan scores.
90+4 - Full time.
Harbourside travel to the league leaders next weekend.
)",
         "Football", "Late double turns the derby as Harbourside beat Millford"}, // en
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        REQUIRE(a.headline);
        CHECK(*a.headline == r.headline);
        CHECK(a.kicker == r.kicker);
    }
}
