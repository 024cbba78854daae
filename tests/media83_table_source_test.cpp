// A line naming where a table's or a chart's figures come from ("Fuente: Ministerio del Interior", "Source: Eurostat",
// "Quelle: Statistisches Landesamt", "Fonte: Ministero dell'Interno"), right under the table's cells, is no picture's
// credit: no media item {caption null, credit "Fuente: ..."}, and no row of the table as its caption; the line stays
// where the table goes (media83, probe75 M3). A picture's credit with such a label under a caption stays the
// picture's. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* name;
    std::string page;
    std::string source;      // the table's source line
    std::string first_words; // the opening of the text's first paragraph
};

const std::vector<Row> rows = {
    {"es",
     "Diario de la Vega\n"
     "Menú\n"
     "Política\n"
     "Elecciones\n"
     "Resultados de las elecciones municipales en Villaverde del Río: el PP gana y necesitará apoyos\n"
     "Los populares suman nueve concejales de veintiuno y el PSOE pierde dos\n"
     "Redacción\n"
     "07/12/2026 23:10\n"
     "Partido\n"
     "Votos\n"
     "%\n"
     "Concejales\n"
     "PP\n"
     "8.214\n"
     "41,2%\n"
     "9\n"
     "PSOE\n"
     "6.102\n"
     "30,6%\n"
     "7\n"
     "Vox\n"
     "3.020\n"
     "15,1%\n"
     "3\n"
     "Fuente: Ministerio del Interior\n"
     "El PP de Lucía Serrano ha ganado las elecciones en Villaverde del Río con una ventaja de más de dos mil votos "
     "sobre los socialistas, que gobernaban el municipio desde 2019.\n"
     "La participación ha caído cuatro puntos respecto a los anteriores comicios y se ha quedado por debajo del "
     "sesenta por ciento en casi todos los barrios de la localidad.\n"
     "Aviso legal\n"
     "Contacto\n",
     "Fuente: Ministerio del Interior", "El PP de Lucía Serrano ha ganado las ele"},
    {"en",
     "Harbour Gazette\n"
     "Menu\n"
     "Politics\n"
     "Local elections\n"
     "Council election results in Portlow: Greens take control for the first time\n"
     "The party won 14 of the 26 seats as turnout fell to its lowest level in a decade\n"
     "By Jane Roe\n"
     "December 7, 2026\n"
     "Party\n"
     "Votes\n"
     "%\n"
     "Seats\n"
     "Green\n"
     "9,412\n"
     "38.5%\n"
     "14\n"
     "Labour\n"
     "7,030\n"
     "28.8%\n"
     "8\n"
     "Conservative\n"
     "4,114\n"
     "16.8%\n"
     "4\n"
     "Source: Portlow Borough Council\n"
     "The Greens gained six seats across the town's eastern wards, where the closure of the ferry terminal had "
     "dominated the campaign for months.\n"
     "Turnout was 31.4 per cent, four points lower than at the last election and the lowest figure recorded in the "
     "borough since 2014.\n"
     "Privacy\n"
     "Contact us\n",
     "Source: Portlow Borough Council", "The Greens gained six seats across the t"},
    {"en, rows of cells",
     "Harbour Gazette\n"
     "Menu\n"
     "Politics\n"
     "Local elections\n"
     "Council election results in Portlow: Greens take control for the first time\n"
     "The party won 14 of the 26 seats as turnout fell to its lowest level in a decade\n"
     "By Jane Roe\n"
     "December 7, 2026\n"
     "Party\tVotes\t%\tSeats\n"
     "Green\t9,412\t38.5%\t14\n"
     "Labour\t7,030\t28.8%\t8\n"
     "Conservative\t4,114\t16.8%\t4\n"
     "Source: Eurostat\n"
     "The Greens gained six seats across the town's eastern wards, where the closure of the ferry terminal had "
     "dominated the campaign for months.\n"
     "Turnout was 31.4 per cent, four points lower than at the last election and the lowest figure recorded in the "
     "borough since 2014.\n"
     "Privacy\n"
     "Contact us\n",
     "Source: Eurostat", "The Greens gained six seats across the t"},
    {"de",
     "Stadtanzeiger\n"
     "Menü\n"
     "Politik\n"
     "Wahlen\n"
     "Kommunalwahl in Neustadt am Fluss: Grüne werden erstmals stärkste Kraft\n"
     "Die Partei gewinnt zwölf der 32 Sitze, die Wahlbeteiligung sinkt deutlich\n"
     "Von Anna Muster\n"
     "7. Dezember 2026\n"
     "Partei\n"
     "Stimmen\n"
     "%\n"
     "Sitze\n"
     "Grüne\n"
     "11.204\n"
     "36,1%\n"
     "12\n"
     "CDU\n"
     "9.870\n"
     "31,8%\n"
     "10\n"
     "SPD\n"
     "5.112\n"
     "16,5%\n"
     "5\n"
     "Quelle: Statistisches Landesamt\n"
     "Die Grünen legten vor allem in den Stadtteilen am Fluss zu, wo der geplante Ausbau der Uferstraße seit Monaten "
     "für Streit gesorgt hatte.\n"
     "Die Wahlbeteiligung lag bei 48,2 Prozent und damit mehr als fünf Punkte unter dem Wert der letzten "
     "Kommunalwahl vor fünf Jahren.\n"
     "Impressum\n"
     "Kontakt\n",
     "Quelle: Statistisches Landesamt", "Die Grünen legten vor allem in den Stadt"},
    {"fr",
     "Le Courrier du Lac\n"
     "Menu\n"
     "Politique\n"
     "Élections\n"
     "Municipales à Villebrune : la liste divers gauche l'emporte dès le premier tour\n"
     "Le maire sortant obtient 18 des 29 sièges du conseil municipal, la participation recule\n"
     "Par Marie Lenoir\n"
     "7 décembre 2026\n"
     "Liste\n"
     "Voix\n"
     "%\n"
     "Sièges\n"
     "Divers gauche\n"
     "6 204\n"
     "52,4 %\n"
     "18\n"
     "Union de la droite\n"
     "3 870\n"
     "32,7 %\n"
     "8\n"
     "Rassemblement national\n"
     "1 765\n"
     "14,9 %\n"
     "3\n"
     "Source: Préfecture de la Vienne\n"
     "La liste du maire sortant a devancé ses adversaires dans tous les bureaux de vote de la ville, y compris dans "
     "les quartiers nord qui avaient basculé lors du dernier scrutin.\n"
     "La participation s'établit à 51,3 %, en baisse de près de six points par rapport au premier tour des "
     "précédentes élections municipales.\n"
     "Mentions légales\n"
     "Contact\n",
     "Source: Préfecture de la Vienne", "La liste du maire sortant a devancé ses "},
    {"it",
     "Gazzetta del Borgo\n"
     "Menu\n"
     "Politica\n"
     "Elezioni\n"
     "Elezioni comunali a Borgoverde: vince il centrosinistra al primo turno\n"
     "La coalizione ottiene 11 seggi su 16, affluenza in calo di sei punti\n"
     "di Mario Rossi\n"
     "7 dicembre 2026\n"
     "Lista\n"
     "Voti\n"
     "%\n"
     "Seggi\n"
     "Centrosinistra\n"
     "5.412\n"
     "54,3%\n"
     "11\n"
     "Centrodestra\n"
     "3.118\n"
     "31,3%\n"
     "4\n"
     "Movimento civico\n"
     "1.433\n"
     "14,4%\n"
     "1\n"
     "Fonte: Ministero dell'Interno\n"
     "Il sindaco uscente ha superato lo sfidante in tutte le sezioni del centro storico e ha recuperato terreno "
     "anche nelle frazioni, dove cinque anni fa aveva perso.\n"
     "L'affluenza si è fermata al 48,7 per cento, sei punti in meno rispetto alle ultime elezioni comunali e il dato "
     "più basso mai registrato in paese.\n"
     "Privacy\n"
     "Contatti\n",
     "Fonte: Ministero dell'Interno", "Il sindaco uscente ha superato lo sfidan"},
};

bool kept(const Article& a, const std::string& line) {
    if (std::find(a.boilerplate.begin(), a.boilerplate.end(), line) != a.boilerplate.end())
        return true;
    for (const Section& s : a.sections)
        if (std::find(s.paragraphs.begin(), s.paragraphs.end(), line) != s.paragraphs.end())
            return true;
    return false;
}

} // namespace

TEST_CASE("a table's source line under its figures is no picture's credit", "[media][credit][media83]") {
    for (const Row& row : rows) {
        CAPTURE(row.name);
        const Article a = parse(row.page, "page.txt");
        CHECK(a.media.empty());
        CHECK(kept(a, row.source));
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        CHECK(a.sections[0].paragraphs[0].starts_with(row.first_words));
    }
}

TEST_CASE("a source label crediting a picture under its caption stays the picture's credit",
          "[media][credit][media83]") {
    const Article a = parse(
        "Stadtanzeiger\n"
        "Menü\n"
        "Lokales\n"
        "Die alte Schleuse am Hafen wird ab Januar saniert\n"
        "Die Arbeiten sollen rund zwei Jahre dauern, der Kanal bleibt für Boote offen\n"
        "Von Anna Muster\n"
        "7. Dezember 2026\n"
        "Die Stadt hat am Donnerstag den Auftrag für die Sanierung der alten Schleuse vergeben, die seit mehr als "
        "hundert Jahren den Hafen mit dem Kanal verbindet.\n"
        "Die Schleuse am Hafen im Winter.\n"
        "Quelle: Jens Roth / Hafenbild\n"
        "Nach Angaben der Verwaltung kostet die Sanierung rund 14 Millionen Euro, von denen das Land etwa die Hälfte "
        "übernimmt, wenn der Zeitplan eingehalten wird.\n"
        "Impressum\n"
        "Kontakt\n",
        "page.txt");
    REQUIRE(a.media.size() == 1);
    CHECK(a.media[0].caption == "Die Schleuse am Hafen im Winter.");
    CHECK(a.media[0].credit == "Quelle: Jens Roth / Hafenbild");
}
