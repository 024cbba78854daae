// A columnist's page: the author's note of one sentence under the byline (who the author is: no paragraph of the
// text) and an epigraph with its source on the line under it (part of the epigraph: no heading). Whole pages in
// several languages; every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

using archive::test::headings_of;
using archive::test::paragraphs_of;

namespace {

struct ColumnRow {
    const char* header;    // site, menu, kicker, headline, byline
    const char* note;      // the author's note under the byline
    const char* epigraph;  // the quoted epigraph
    const char* source;    // its source, on the line under it
    const char* body;      // date line, paragraphs, a heading, paragraphs
};

std::string page_of(const ColumnRow& r) {
    return std::string(r.header) + "\n" + r.note + "\n\n" + r.epigraph + "\n" + r.source + "\n\n" + r.body;
}

bool has(const std::vector<std::string>& lines, const char* line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

} // namespace

TEST_CASE("a columnist's note under the byline is no paragraph, an epigraph's source no heading",
          "[classify][heading][byline]") {
    const ColumnRow rows[] = {
        {"Diario del Valle\nPortada\nOpinión\n\nOPINIÓN\nEl puerto que nadie quiere cerrar\nLucía Ferrán Ibarra",
         "Profesora de Historia en el instituto de Valdora y vecina del barrio del muelle desde hace treinta años.",
         "«Quien vive del mar aprende a esperar la marea.»", "Dicho de los pescadores de la bahía",
         R"(Publicado el 3 de marzo de 2026, a las 08:00

Cada mañana veo desde la ventana de clase las grúas del puerto viejo, paradas desde hace meses. Nadie sabe todavía qué será de ellas ni de los muelles que las sostienen.

El ayuntamiento prometió un plan hace dos años y aún no lo ha presentado. Los vecinos preguntan en cada pleno y reciben siempre la misma respuesta vaga.

Lo que está en juego
Sin el puerto, el barrio perderá su último empleo estable y sus calles se vaciarán como se vaciaron las del centro hace veinte años.

Quizá sea la hora de dejar de esperar planes y empezar a pedir fechas concretas a quien gobierna la ciudad.

Aviso legal
)"},
        {"Le Courrier du Lac\nAccueil\nOpinions\n\nTRIBUNE\nLa gare qu'on a oubliée\nClaire Morvan",
         "Professeure de géographie au lycée de Lorval et habitante de la vallée depuis vingt ans.",
         "« Une ville sans gare apprend à dire au revoir. »", "— Proverbe des cheminots du Val",
         R"(Publié le 3 mars 2026 à 08h00

Chaque lundi, je regarde depuis ma fenêtre le car qui emmène les lycéens vers la préfecture. Il est plein, et il part de plus en plus tôt chaque année.

Personne n'a décidé de fermer la ligne d'un coup. On a d'abord supprimé le train du soir, puis celui du dimanche, et enfin le dernier que presque personne ne pouvait prendre.

Une promesse répétée
À chaque élection, quelqu'un reparle du train. Les études existent pourtant depuis des années et concluent toutes que la voie pourrait rouvrir sans grands travaux.

Il est peut-être temps d'arrêter de demander des études et de commencer à exiger des dates.

Mentions légales
)"},
        {"Talbote\nStartseite\nMeinung\n\nGASTBEITRAG\nDer Bahnhof, den alle vergessen haben\nJana Roth",
         "Professorin für Geographie an der Hochschule Lindau und seit zwanzig Jahren Bewohnerin des Tals.",
         "„Ein Dorf ohne Bahnhof lernt, Abschied zu nehmen.“", "– Sprichwort der Eisenbahner im Tal",
         R"(Veröffentlicht am 03.03.2026, 08:00 Uhr

Jeden Montag sehe ich von meinem Fenster aus den Bus, der die Schüler des Tals in die Kreisstadt bringt. Er ist voll, und er fährt jedes Jahr ein wenig früher los.

Niemand hat beschlossen, die Strecke auf einen Schlag stillzulegen. Erst fiel der Abendzug weg, dann der am Sonntag, und am Ende blieb ein einziger Zug, den kaum jemand nutzen konnte.

Ein wiederholtes Versprechen
In jedem Wahlkampf spricht jemand wieder vom Zug. Dabei gibt es die Gutachten seit Jahren, und alle kommen zum selben Schluss: Die Strecke ließe sich ohne große Arbeiten wieder öffnen.

Vielleicht ist es Zeit, keine Gutachten mehr zu verlangen, sondern Termine.

Impressum
)"},
        {"Corriere della Valle\nHome\nOpinioni\n\nCOMMENTO\nLa stazione che tutti hanno dimenticato\ndi Giulia Ferrante",
         "Docente di geografia al liceo di Valdora e abitante della valle da vent'anni.",
         "«Un paese senza stazione impara a dire addio.»", "Proverbio dei ferrovieri della valle",
         R"(Pubblicato il 3 marzo 2026 alle 08:00

Ogni lunedì vedo dalla finestra la corriera che porta gli studenti della valle in città. È piena, e ogni anno parte un po' prima del solito.

Nessuno ha deciso di chiudere la linea da un giorno all'altro. Prima è sparito il treno della sera, poi quello della domenica, e alla fine ne è rimasto uno solo che quasi nessuno poteva prendere.

Una promessa ripetuta
A ogni campagna elettorale qualcuno torna a parlare del treno. Gli studi esistono da anni e dicono tutti la stessa cosa: la linea potrebbe riaprire senza grandi lavori.

Forse è il momento di smettere di chiedere studi e cominciare a chiedere date.

Note legali
)"},
    };
    for (const ColumnRow& r : rows) {
        const std::string page = page_of(r);
        INFO(page);
        const Article a = parse(page, "page.txt");
        const auto paragraphs = paragraphs_of(a);
        const auto headings = headings_of(a);
        CHECK_FALSE(has(paragraphs, r.note));
        CHECK(has(a.boilerplate, r.note));
        CHECK_FALSE(has(headings, r.source));
        CHECK(has(paragraphs, r.source));
        CHECK(headings.size() == 1);
    }
    // A title before a name opens a sentence of the text under the byline: no note.
    const Article a = parse("Harbour Weekly\nFerry line to reopen after two-year repair\nBy Jane Roe\n"
                            "President Ann Hill told the council on Monday that the ferry line would reopen in May.\n\n"
                            "The operator said it had spent more than it planned on the new engines, and that fares "
                            "would rise by a tenth from the summer.\n",
                            "page.txt");
    CHECK(has(paragraphs_of(a), "President Ann Hill told the council on Monday that the ferry line would reopen in May."));
}
