// A credit its marks name already ("© Keystone", "Foto: Anna Muster", "Photo : Marc Dubois") right under the date
// line or the byline, over a caption's sentence and a longer paragraph of the text: the credit is printed over its
// caption, and both are the picture's (media.cpp, credits_under_heads()). The text's first paragraph is then the one
// under the caption, and its dateline is read. Not taken: an agency's bare name there (the wire's byline), a
// player's notice under the credit, a credit printed alike elsewhere over a long paragraph (pictures without
// captions), a sentence no longer paragraph follows. Invented lines.
#include <catch2/catch.hpp>

#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>

using namespace archive;
using archive::test::paragraphs_of;

namespace {

struct Page5 {
    const char* headline;
    const char* date;
    const char* credit;
    const char* under; // the line under the credit
    const char* first;
    const char* last;
};

Article page_of(const Page5& r, const std::string& more = "") {
    return parse(std::string(r.headline) + "\n\n" + r.date + "\n\n" + r.credit + "\n" + r.under + "\n\n" + r.first +
                     "\n\n" + r.last + "\n" + more,
                 "page.txt");
}

const char* const de_first = "Kiel (dpa) – Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder. Nach "
                             "vier Monaten in der Werft sind die Reparaturen an den beiden Motoren abgeschlossen.";
const char* const de_last = "Die Tickets für die Winterfahrten bleiben bis Ende März gültig, teilte die Reederei mit.";
const char* const fr_first = "Genève (ats) – Le traversier entre le port et l'île reprendra dès lundi. Après quatre "
                             "mois au chantier naval, les réparations des deux moteurs sont terminées.";
const char* const fr_last = "Les billets achetés pour les traversées d'hiver restent valables jusqu'à fin mars.";
const char* const en_first = "PORT ELLIS (Reuters) - The car ferry between the harbour and the island will run again "
                             "from Monday, after four months of repairs to its two engines at the yard.";
const char* const en_last = "Tickets bought for the winter crossings remain valid until the end of March.";

const Page5 rows[] = {
    {"Die Fähre fährt wieder ab Montag", "Aktualisiert am 04.12.2026, 12.15 Uhr", "© Keystone",
     "Die Fähre Marigold verlässt den Hafen zu einer Probefahrt.", de_first, de_last},
    {"Le traversier reprend du service lundi", "Publié le 04.12.2026 à 12h15", "Photo : Marc Dubois",
     "Le traversier Marigold quitte le port pour un essai.", fr_first, fr_last},
    {"Harbour ferry returns after winter repairs", "Published 4 December 2026, 12:15", "Photo: Sam Vale",
     "The ferry Marigold leaves the harbour on a test run.", en_first, en_last},
};

} // namespace

TEST_CASE("a marked credit under the date line credits the caption under it, and the dateline is read under that",
          "[classify][media36]") {
    for (const Page5& r : rows) {
        INFO(r.credit);
        const Article a = page_of(r);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.under));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(r.under)) == 0);
        REQUIRE(!paragraphs.empty());
        CHECK(paragraphs.front() == r.first);
        CHECK(a.dateline.has_value());
    }
}

TEST_CASE("a marked credit under the date line printed alike over a long paragraph takes no caption under it",
          "[classify][media36]") {
    // (The page prints the same credit over each of its pictures, set in the text without captions.)
    const std::string more[] = {
        "\nFoto: Anna Muster\n\nIm Sommer verkehrt die Fähre stündlich, im Winter nur dreimal am Tag, und an den "
        "Wochenenden fällt die erste Fahrt am Morgen ganz aus, wie die Reederei auf ihrer Seite schreibt.\n",
        "\nPhoto : Marc Dubois\n\nEn été, le traversier circule toutes les heures, en hiver trois fois par jour "
        "seulement, et le premier départ du matin est supprimé le week-end, précise la compagnie sur son site.\n",
    };
    const Page5 alike[] = {
        {"Die Fähre fährt wieder ab Montag", "Aktualisiert am 04.12.2026, 12.15 Uhr", "Foto: Anna Muster",
         "Die Reederei hat die Fähre im Herbst in die Werft gebracht.", de_first, de_last},
        {"Le traversier reprend du service lundi", "Publié le 04.12.2026 à 12h15", "Photo : Marc Dubois",
         "La compagnie avait envoyé le traversier au chantier cet automne.", fr_first, fr_last},
    };
    for (std::size_t k = 0; k < 2; ++k) {
        INFO(alike[k].credit);
        const Article a = page_of(alike[k], more[k]);
        CHECK(std::none_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == alike[k].under; }));
        const auto paragraphs = paragraphs_of(a);
        CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(alike[k].under)) == 1);
    }
}

TEST_CASE("an agency's bare name or a player's notice under the date line pairs with no line under it",
          "[classify][media36]") {
    // (An agency's bare name under the date line is the wire's byline: the sentence under it opens the text.)
    const Page5 wire = {"Die Fähre fährt wieder ab Montag", "Aktualisiert am 04.12.2026, 12.15 Uhr", "Reuters",
                        "Die Fähre fährt ab Montag wieder zwischen Hafen und Insel.", de_first, de_last};
    const Article a = page_of(wire);
    CHECK(std::none_of(a.media.begin(), a.media.end(), [&](const Media& m) { return m.caption == wire.under; }));
    // (A player's notice under a credit is no caption.)
    const Page5 player = {"Die Fähre fährt wieder ab Montag", "Aktualisiert am 04.12.2026, 12.15 Uhr", "Bild: SRF",
                          "abspielen. Laufzeit 1 Minute 45 Sekunden.", de_first, de_last};
    const Article b = page_of(player);
    CHECK(std::none_of(b.media.begin(), b.media.end(), [&](const Media& m) { return m.caption == player.under; }));
    const auto paragraphs = paragraphs_of(b);
    CHECK(std::count(paragraphs.begin(), paragraphs.end(), std::string(player.under)) == 0);
}

// A marked credit alone under the byline or the date line ("Foto: Javier Romero", "Photo: Tom Ellis", "Foto: ANP",
// "Bild: Keystone") over the text's first paragraph, a short sentence, and no dateline under that: the credit stands
// alone (a picture with no caption) and the sentence stays the text's.
namespace {

struct Lone {
    const char* head; // headline, standfirst, byline, date line
    const char* credit;
    const char* first; // the text's first paragraph, a short sentence
    const char* rest;  // the text's other paragraphs
};

const Lone lone_rows[] = {
    {"El ayuntamiento de Valdemora aprueba el plan de movilidad del centro\nEl pleno da luz verde a cuatro calles "
     "peatonales a partir de marzo\nLucía Garrido Ferrer\nValdemora, 07/12/2026 09:40\n",
     "Foto: Javier Romero", "El pleno aprobó el plan por mayoría absoluta.",
     "La medida afectará a las calles Mayor, Tinte y Portillo y entrará en vigor en marzo tras un periodo de "
     "información pública de treinta días.\nLa oposición votó en contra del plan.\n"},
    {"Council approves new ferry timetable for Westhaven\nServices will run every twenty minutes at peak hours\nBy "
     "Martin Hale\n7 December 2026\n",
     "Photo: Tom Ellis", "Councillors voted eight to three in favour.",
     "The new timetable adds four sailings on weekday mornings and will start in January after a month of trials "
     "on the northern route.\nThe operator will hire six more crew members.\n"},
    {"Gemeente Zeewolde-Noord kiest voor nieuwe fietsbrug\nDe brug moet in 2028 klaar zijn\nDoor Femke van Dalen\n"
     "7 december 2026, 09:12\n",
     "Foto: ANP", "De raad stemde unaniem voor het plan.",
     "De nieuwe brug komt naast de oude sluis en verbindt de wijk Kanaalzoom met het station, zodat fietsers geen "
     "omweg meer maken.\nOmwonenden kunnen tot eind januari reageren.\n"},
    {"Gemeinderat von Altwil genehmigt den Neubau des Schulhauses\nDas Gebäude soll 2029 bezugsbereit sein\nVon "
     "Martina Egli\n07.12.2026, 09:15 Uhr\n",
     "Bild: Keystone", "Der Rat stimmte dem Kredit deutlich zu.",
     "Der Neubau ersetzt das alte Schulhaus aus den Sechzigerjahren, das den heutigen Anforderungen an den "
     "Brandschutz nicht mehr genügt.\nDie Stimmberechtigten entscheiden im März.\n"},
};

Article lone_page(const Lone& r, const char* first) {
    return parse(std::string(r.head) + r.credit + "\n" + first + "\n" + r.rest, "page.txt");
}

} // namespace

TEST_CASE("a marked credit alone under the head leaves the text's first sentence to the text", "[classify][media36][media97]") {
    for (const Lone& r : lone_rows) {
        INFO(r.credit);
        const Article a = lone_page(r, r.first);
        REQUIRE(a.media.size() == 1);
        CHECK_FALSE(a.media[0].caption.has_value());
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        const auto paragraphs = paragraphs_of(a);
        REQUIRE(!paragraphs.empty());
        CHECK(paragraphs.front() == r.first);
    }
}

TEST_CASE("a marked credit under a byline over a sentence the text's dateline follows, or under a date line alone, "
          "credits that caption",
          "[classify][media36][media97]") {
    // (Near misses: the paragraph under the sentence opens with a dateline, the text opens there; or no author's line
    // stands over the date line.)
    const struct {
        const char* head;
        const char* credit;
        const char* caption;
        const char* text;
    } dateline_rows[] = {
        {"Die Fähre fährt wieder ab Montag\nVon Kim Tran\nAktualisiert am 04.12.2026, 12.15 Uhr\n", "Bild: Keystone",
         "Die Fähre verlässt den Hafen zu einer Probefahrt.",
         "Kiel (dpa) – Die Autofähre zwischen dem Hafen und der Insel fährt ab Montag wieder, nach vier Monaten "
         "in der Werft.\nDie Tickets bleiben gültig.\n"},
        {"Valdemora estrena su nuevo puerto deportivo\nPor Lucía Garrido\n07/12/2026 09:40\n", "Foto: Javier Romero",
         "Los primeros veleros entran en la dársena nueva.",
         "Valdemora (EFE).- El puerto deportivo de Valdemora abrió este lunes sus amarres a los primeros barcos "
         "tras dos años de obras.\nLos amarres se alquilan por temporadas.\n"},
        {"Größtes Pumpspeicherwerk der Region geht ans Netz\n01.12.2026 / Energie / Speicher\n",
         "Foto: Alpwerk AG", "Das Oberbecken des Werks fasst zwei Millionen Kubikmeter.",
         "Die Alpwerk AG hat das Pumpspeicherwerk am Grauhorn nach fünf Jahren Bauzeit in Betrieb genommen. Es "
         "kann die Region bei Bedarf acht Stunden lang mit Strom versorgen.\n"},
        {"Largest pumped storage plant in the region goes online\n1 December 2026 / Energy / Storage\n",
         "Photo: Alpwerk Ltd", "The upper reservoir of the plant holds two million cubic metres.",
         "Alpwerk has put the pumped storage plant at Greyhorn into service after five years of building work. It "
         "can supply the region with power for eight hours when needed.\n"},
    };
    for (const auto& r : dateline_rows) {
        INFO(r.credit);
        const Article a = parse(std::string(r.head) + r.credit + "\n" + r.caption + "\n" + r.text, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
    }
}

// A paragraph of two sentences right under the byline's date line, over a photographer's credit and more text, opens
// the text: the credit is a picture's without a caption (media.cpp, text_over_credit()). Near misses: a date in the
// two sentences, a dateline opening the paragraph under the credit, one sentence alone (a caption still).
TEST_CASE("two sentences under the head over a credit and more text open the text", "[classify][media98]") {
    const struct {
        const char* head;
        const char* first;
        const char* credit;
        const char* rest;
        bool caption;
    } opening_rows[] = {
        {"Trainer Maasbergen stopt na dit seizoen bij FC Ooldrecht\nDe coach maakte zijn besluit bekend na de derby\n"
         "Door Femke van Dalen\n7 december 2026, 09:12\n",
         "Trainer Joost Maasbergen van FC Ooldrecht stopt aan het einde van dit seizoen. Dat maakte de club zondag "
         "bekend na de gewonnen derby.",
         "Joost Maasbergen / ANP",
         "Maasbergen werkte vier seizoenen bij de club en leidde de ploeg in 2024 naar promotie.\nDe club begint deze "
         "week met de zoektocht naar een opvolger.\n",
         false},
        {"Trainer Brunnbauer verlässt den FC Seetal im Sommer\nDer Coach gab seine Entscheidung nach dem Derby "
         "bekannt\nVon Lena Hartwig\n7. Dezember 2026, 09:12 Uhr\n",
         "Trainer Jonas Brunnbauer verlässt den FC Seetal zum Ende der Saison. Das teilte der Verein am Sonntag nach "
         "dem gewonnenen Derby mit.",
         "Jonas Brunnbauer / dpa",
         "Brunnbauer arbeitete vier Jahre beim Verein und führte die Mannschaft 2024 zum Aufstieg.\nDer Verein "
         "beginnt in dieser Woche mit der Suche nach einem Nachfolger.\n",
         false},
        {"L'entraîneur Marchetti quittera le FC Valmont en juin\nLe technicien a annoncé sa décision après le derby\n"
         "Par Claire Morel\n7 décembre 2026 à 09h12\n",
         "L'entraîneur Paul Marchetti quittera le FC Valmont à la fin de la saison. Le club l'a annoncé dimanche "
         "après la victoire dans le derby.",
         "Paul Marchetti / AFP",
         "Marchetti a passé quatre saisons au club et l'a mené à la montée en 2024.\nLe club commence cette semaine "
         "la recherche d'un successeur.\n",
         false},
        // (near miss: the day the picture was taken)
        {"Trainer Brunnbauer verlässt den FC Seetal im Sommer\nDer Coach gab seine Entscheidung nach dem Derby "
         "bekannt\nVon Lena Hartwig\n7. Dezember 2026, 09:12 Uhr\n",
         "Trainer Jonas Brunnbauer jubelt nach dem Derby am 6. Dezember 2026. Es war sein letztes Heimspiel als "
         "Trainer des Vereins.",
         "Jonas Brunnbauer / dpa",
         "Brunnbauer arbeitete vier Jahre beim Verein und führte die Mannschaft 2024 zum Aufstieg.\nDer Verein "
         "beginnt in dieser Woche mit der Suche nach einem Nachfolger.\n",
         true},
        // (near miss: the text's dateline opens the paragraph under the credit)
        {"L'entraîneur Marchetti quittera le FC Valmont en juin\nLe technicien a annoncé sa décision après le derby\n"
         "Par Claire Morel\n7 décembre 2026 à 09h12\n",
         "Le stade du FC Valmont se remplit avant le derby. Les supporters ont déployé une banderole géante.",
         "Paul Marchetti / AFP",
         "Valmont (AFP) - L'entraîneur Paul Marchetti quittera le FC Valmont à la fin de la saison, a annoncé le "
         "club dimanche.\nLe club commence cette semaine la recherche d'un successeur.\n",
         true},
        // (near miss: one sentence)
        {"Trainer Maasbergen stopt na dit seizoen bij FC Ooldrecht\nDe coach maakte zijn besluit bekend na de derby\n"
         "Door Femke van Dalen\n7 december 2026, 09:12\n",
         "Trainer Joost Maasbergen viert de zege in de derby met de supporters van zijn club.",
         "Joost Maasbergen / ANP",
         "Maasbergen werkte vier seizoenen bij de club en leidde de ploeg in 2024 naar promotie.\nDe club begint deze "
         "week met de zoektocht naar een opvolger.\n",
         true},
    };
    for (const auto& r : opening_rows) {
        INFO(r.first);
        const Article a =
            parse(std::string("Nieuws\nSport\n") + r.head + r.first + "\n" + r.credit + "\n" + r.rest, "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        const auto paragraphs = paragraphs_of(a);
        REQUIRE(!paragraphs.empty());
        if (r.caption) {
            CHECK(a.media[0].caption == std::optional<std::string>(r.first));
            CHECK(paragraphs.front() != r.first);
        } else {
            CHECK_FALSE(a.media[0].caption.has_value());
            CHECK(paragraphs.front() == r.first);
        }
    }
}

// A live blog's time stamp under a caption printed under its credit, the head's byline over them: the text opens
// under the stamp, and the sentence over it is the picture's caption (credits_under_heads()). Near miss: no stamp, a
// paragraph under the sentence: the sentence is the text's first (media97).
TEST_CASE("a live blog's time stamp under a credited caption leaves the caption to its picture", "[classify][media98]") {
    const struct {
        const char* head;
        const char* credit;
        const char* caption;
        const char* stamp;
        const char* entries;
    } live_rows[] = {
        {"Powódź nad Wartą. Relacja na żywo\nWody przybywa, w trzech gminach ogłoszono alarm. Śledzimy sytuację.\n"
         "Autorzy: Katarzyna Lis, Paweł Ornat\nAktualizacja: 07.12.2026 10:12\n",
         "Fot. PAP/Adam Kowalik", "Strażacy układają worki z piaskiem w Zawadach, 7 grudnia 2026 r.", "10:12\n",
         "Wojewoda poinformował w poniedziałek rano, że do akcji nad rzeką skierowano dodatkowe 200 "
         "strażaków.\n09:48\nPoziom wody w Zawadach przekroczył stan alarmowy o 45 centymetrów.\n09:15\nBurmistrz "
         "zaapelował do mieszkańców o opuszczenie domów.\n08:30\nSynoptycy zapowiadają dalsze opady do środy.\n"},
        {"Hochwasser am Seetaler See: Der Liveticker\nDer Pegel steigt weiter, in drei Gemeinden gilt Alarm. Wir "
         "berichten laufend.\nVon Lena Hartwig und Tom Brenner\nAktualisiert: 07.12.2026, 10:12 Uhr\n",
         "Foto: dpa/Anna Kessler", "Feuerwehrleute füllen Sandsäcke am Ufer in Moosdorf, 7. Dezember 2026.",
         "10:12 Uhr\n",
         "Der Landrat hat weitere 200 Einsatzkräfte an den See geschickt, wie das Landratsamt mitteilte.\n09:48 "
         "Uhr\nDer Pegel in Moosdorf liegt 45 Zentimeter über der Alarmmarke.\n09:15 Uhr\nDer Bürgermeister bittet "
         "die Anwohner, ihre Wohnungen zu verlassen.\n08:30 Uhr\nDie Meteorologen erwarten weiteren Regen.\n"},
        {"Crue du lac de Valmont : suivez la situation en direct\nLe niveau de l'eau continue de monter, trois "
         "communes sont en alerte.\nPar Claire Morel et Julien Roux\nMis à jour le 07/12/2026 à 10h12\n",
         "Photo : AFP/Marc Dufour", "Des pompiers remplissent des sacs de sable sur la berge à Saint-Rémy, le 7 "
         "décembre 2026.", "10 h 12\n",
         "Le préfet a envoyé ce lundi matin 200 pompiers supplémentaires au bord du lac, a annoncé la préfecture dans "
         "un communiqué.\n9 h 48\nLe niveau à Saint-Rémy dépasse de 45 centimètres la cote d'alerte.\n9 h 15\nLe "
         "maire demande aux habitants des maisons basses de partir.\n8 h 30\nLes météorologues prévoient encore de "
         "la pluie.\n"},
        {"Ashby floods: live updates\nThe river keeps rising and three towns are on alert. Follow the latest here.\n"
         "By Claire Moore and Tom Brennan\nUpdated 7 December 2026, 10.12am\n",
         "Photograph: PA/Anna Kessler", "Firefighters fill sandbags on the riverbank in Millford, 7 December 2026.",
         "10.12am\n",
         "The county council has sent 200 more firefighters to the river this morning, a spokesperson said.\n9.48am\n"
         "The river level in Millford is 45 centimetres above the flood mark.\n9.15am\nThe mayor has asked residents "
         "of low-lying homes to leave.\n8.30am\nForecasters expect more rain until Wednesday.\n"},
        // (near miss: no stamp under the sentence)
        {"Hochwasser am Seetaler See: Der Liveticker\nDer Pegel steigt weiter, in drei Gemeinden gilt Alarm. Wir "
         "berichten laufend.\nVon Lena Hartwig und Tom Brenner\nAktualisiert: 07.12.2026, 10:12 Uhr\n",
         "Foto: dpa/Anna Kessler", "Der Pegel steigt seit dem Morgen weiter an.", "",
         "Der Landrat hat weitere 200 Einsatzkräfte an den See geschickt, wie das Landratsamt am Vormittag "
         "mitteilte.\nDie Meteorologen erwarten weiteren Regen bis Mittwoch.\n"},
    };
    for (const auto& r : live_rows) {
        INFO(r.caption);
        const Article a = parse(std::string("Start\nNachrichten\n") + r.head + r.credit + "\n" + r.caption + "\n" +
                                    r.stamp + r.entries,
                                "page.txt");
        REQUIRE(a.media.size() == 1);
        CHECK(a.media[0].credit == std::optional<std::string>(r.credit));
        if (*r.stamp != '\0') {
            CHECK(a.media[0].caption == std::optional<std::string>(r.caption));
        } else {
            CHECK_FALSE(a.media[0].caption.has_value());
            const auto paragraphs = paragraphs_of(a);
            REQUIRE(!paragraphs.empty());
            CHECK(paragraphs.front() == r.caption);
        }
    }
}
