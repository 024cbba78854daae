// On a page whose headings are in English title case, a short line in title case that the section loop keeps as a
// paragraph (glued over the next heading, or over a sentence announcing a list) heads a section of its own; a
// language that writes no headings in title case keeps such lines as text.
#include <catch2/catch.hpp>

#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

using archive::test::check_heading_rows;
using archive::test::paragraphs_of;

namespace {

// The weekly notes of a harbour office, three headings in title case over their text, then `middle`, the text of the
// heading "Pier Repairs" and `end`, the page's last lines.
std::string harbour_notes(const std::string& middle, const std::string& end) {
    return R"(Notes From the Harbour Office: Week Twelve
The harbour office keeps a short diary of the work on the quays, the ferries and the moorings every week, and the board reads it at its meeting on Friday morning.
Ferry Timetables
The winter timetable for the island ferries starts on Monday and runs until the end of March, with one boat fewer in the evening and an extra one on market days.
Mooring Fees and Permits
The new fees for the visitor moorings were agreed by the board after a long meeting on Thursday night, and the permits for the summer go on sale in April.
Night Lights on the Pier
Three new lamps now light the end of the pier, where the fishermen land their catch after dark, and the old gas lamp by the steps goes to the museum.
)" + middle + R"(
The divers finished the survey of the old pier and found two cracked piles under the fuel dock, which the crews will replace before the summer season begins.
)" + end + R"(
The readings go to the harbour master every hour, and the pilots can see them on the board at the quay before they take a ship through the channel.
)";
}

const char* const trials = R"(Weather Stations
We are running three trials:
A wind gauge on the breakwater
A tide gauge at the fuel dock
A camera over the harbour mouth)";

} // namespace

TEST_CASE("on a page of title-case headings, a short title-case line kept as text heads a section",
          "[classify][heading][title_case]") {
    const std::vector<std::string> first{"Ferry Timetables", "Mooring Fees and Permits", "Night Lights on the Pier"};
    auto with = [&first](std::vector<std::string> more) {
        std::vector<std::string> all = first;
        all.insert(all.end(), more.begin(), more.end());
        return all;
    };
    // "Harbour Projects / Quays and Moorings" glued over the heading "Pier Repairs": a group's title over the title of
    // its first part; "Weather Stations" over a sentence announcing a list.
    const std::string page = harbour_notes("Harbour Projects\nQuays and Moorings\nPier Repairs", trials);
    // Set apart from the heading below by a blank line, the two lines are the values of a setting, say, no titles.
    const std::string apart = harbour_notes("Harbour Projects\nQuays and Moorings\n\nPier Repairs", "Weather Stations");
    check_heading_rows({
        {"en", page.c_str(), with({"Harbour Projects", "Quays and Moorings", "Pier Repairs", "Weather Stations"})},
        {"en", apart.c_str(), with({"Pier Repairs", "Weather Stations"})},
    });
}

TEST_CASE("a title-case line stays text on a page of sentence-case headings", "[classify][heading][title_case]") {
    std::string page = harbour_notes("Harbour Projects\nQuays and Moorings\nPier repairs", trials);
    for (const auto& [title_case, sentence_case] :
         std::vector<std::pair<std::string, std::string>>{{"Ferry Timetables", "Ferry timetables"},
                                                          {"Mooring Fees and Permits", "Mooring fees and permits"},
                                                          {"Night Lights on the Pier", "Night lights on the pier"}})
        page.replace(page.find(title_case), title_case.size(), sentence_case);
    check_heading_rows(
        {{"en", page.c_str(), {"Ferry timetables", "Mooring fees and permits", "Night lights on the pier", "Pier repairs"}}});
}

TEST_CASE("a language that writes no headings in title case keeps short capitalised lines as text",
          "[classify][heading][title_case]") {
    // German capitalises its nouns, French and Spanish only a heading's first word (and a name's): on a page whose
    // headings of two words are all capitalised ("Neue Fahrpläne"), "Große Projekte / Neue Kais" glued over the
    // heading "Reparaturen Nord" are lines of the text.
    const char* de = R"(Notizen aus dem Hafenamt: Woche Zwölf
Das Hafenamt führt jede Woche ein kurzes Tagebuch über die Arbeit an den Kais, den Fähren und den Liegeplätzen, und der Vorstand liest es in seiner Sitzung am Freitag.
Neue Fahrpläne
Der Winterfahrplan für die Inselfähren beginnt am Montag und gilt bis Ende März, mit einem Schiff weniger am Abend und einem zusätzlichen an den Markttagen.
Höhere Gebühren
Die neuen Gebühren für die Gästeliegeplätze hat der Vorstand nach einer langen Sitzung am Donnerstagabend beschlossen, die Genehmigungen gibt es ab April.
Drei Lampen
Drei neue Lampen beleuchten jetzt das Ende des Piers, wo die Fischer nach Einbruch der Dunkelheit ihren Fang an Land bringen, und die alte Gaslampe kommt ins Museum.
Große Projekte
Neue Kais
Reparaturen Nord
Die Taucher haben den alten Pier untersucht und zwei gerissene Pfähle unter der Tankstelle gefunden, die die Mannschaften noch vor dem Sommer ersetzen werden.
)";
    const char* fr = R"(Notes de la Capitainerie : Semaine Douze
La capitainerie tient chaque semaine un petit journal des travaux sur les quais, les ferries et les mouillages, et le conseil le lit lors de sa séance du vendredi matin.
Nouveaux Horaires
Les horaires d'hiver des ferries de l'île commencent lundi et courent jusqu'à la fin mars, avec un bateau de moins le soir et un de plus les jours de marché.
Nouveaux Tarifs
Les nouveaux tarifs des mouillages visiteurs ont été votés par le conseil après une longue séance jeudi soir, et les permis d'été seront en vente en avril.
Trois Lampes
Trois nouvelles lampes éclairent le bout de la jetée, où les pêcheurs débarquent leur prise à la nuit tombée, et la vieille lampe à gaz part au musée.
Grands Projets
Nouveaux Quais
Réparations Nord
Les plongeurs ont inspecté la vieille jetée et trouvé deux pieux fendus sous le quai de carburant, que les équipes remplaceront avant la saison d'été.
)";
    const char* es = R"(Notas de la Capitanía: Semana Doce
La capitanía lleva cada semana un breve diario de las obras en los muelles, los transbordadores y los amarres, y la junta lo lee en su reunión del viernes por la mañana.
Nuevos Horarios
Los horarios de invierno de los ferris de la isla empiezan el lunes y duran hasta finales de marzo, con un barco menos por la tarde y uno más los días de mercado.
Nuevas Tarifas
Las nuevas tarifas de los amarres para visitantes fueron aprobadas por la junta tras una larga sesión el jueves por la noche, y los permisos salen en abril.
Tres Lámparas
Tres lámparas nuevas iluminan ahora el final del muelle, donde los pescadores descargan su captura de noche, y la vieja lámpara de gas irá al museo.
Grandes Proyectos
Nuevos Muelles
Reparaciones Norte
Los buzos terminaron la inspección del viejo muelle y hallaron dos pilotes rotos bajo el surtidor, que las cuadrillas cambiarán antes del verano.
)";
    for (const auto& [lang, page, kept] : std::vector<std::tuple<const char*, const char*, std::vector<std::string>>>{
             {"de", de, {"Große Projekte", "Neue Kais"}},
             {"fr", fr, {"Grands Projets", "Nouveaux Quais"}},
             {"es", es, {"Grandes Proyectos", "Nuevos Muelles"}}}) {
        INFO(lang);
        const archive::Article a = archive::classify(archive::segment(page), lang);
        const auto paragraphs = paragraphs_of(a);
        CHECK(archive::test::headings_of(a).size() == 4);
        for (const auto& line : kept)
            CHECK(std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end());
    }
}
