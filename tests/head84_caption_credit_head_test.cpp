// The lead picture's caption between the standfirst and the byline, closed by its credit in a shape the caption
// rules did not read: the credit's label glued to the caption's stop with an ellipsis and a photographer's credit for
// an outlet of seven tokens or more ("... last week.Credit...Jane Roe for The Harbour Daily Record"), or a bare name
// in a parenthesis closing a caption no stop closes ("... de la planta de Vigo (Núria Puig)"). Such a line is a
// caption, never the headline, and it parts the standfirst over it from the text: the standfirst is the lede. The
// glued credit's picture is a media item. Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

namespace {

struct Row {
    const char* page;
    const char* headline;
    const char* lede;
    const char* caption; // (nullptr: the bracketed credit is not read as a picture's yet; headline and lede only)
    const char* credit;
    const char* first_paragraph; // (nullptr: the French caption still opens the text)
};

} // namespace

TEST_CASE("a caption closed by a glued or bracketed credit in the head is no headline",
          "[headline][lede][media][head84]") {
    const Row rows[] = {
        {R"(World
The Long Road Back to the Harbour Town After the Storm
Fishermen in Portlow say the repairs will take another winter, and some boats will not return.
Boats tied up at the old quay in Portlow last week.Credit...Jane Roe for The Harbour Daily Record
By Mark Ellison
Dec. 4, 2026
The storm that hit Portlow in October tore away half of the old quay and sank eleven boats. Two months later, the town is still counting the cost.
Most of the fleet now ties up at a temporary pontoon. The harbour master said repairs would not start before spring.
"We lost more than boats," said Ann Kerry, who runs the fish market. "We lost the season."
The council has asked for emergency funds from the regional government.
)",
         "The Long Road Back to the Harbour Town After the Storm",
         "Fishermen in Portlow say the repairs will take another winter, and some boats will not return.",
         "Boats tied up at the old quay in Portlow last week.", "Credit...Jane Roe for The Harbour Daily Record",
         "The storm that hit Portlow in October"},
        {R"(El Diario del Puerto
Suscríbete
Iniciar sesión
Portada
Economía
Empresas
Economía
Empresas
Astilleros Vela anuncia un ERE para 600 trabajadores en su planta de Vigo
La dirección atribuye el recorte a la caída de pedidos; los sindicatos convocan dos jornadas de huelga
Trabajadores del astillero a la salida de la planta de Vigo (Núria Puig)
Marcos Ferreiro
Vigo
05/12/2026 12:30
Astilleros Vela ha comunicado este viernes a los sindicatos su intención de presentar un expediente de regulación de empleo que afectará a 600 trabajadores.
La empresa atribuye la medida a la caída de pedidos de buques de pesca durante los dos últimos años.
Los sindicatos respondieron de inmediato con la convocatoria de dos jornadas de huelga para la semana próxima.
)",
         "Astilleros Vela anuncia un ERE para 600 trabajadores en su planta de Vigo",
         "La dirección atribuye el recorte a la caída de pedidos; los sindicatos convocan dos jornadas de huelga",
         nullptr, nullptr, "Astilleros Vela ha comunicado"},
        {R"(Aller au contenu
Menu
Économie
Entreprises
Les Chantiers de l'Estuaire annoncent 400 suppressions de postes à Saint-Nazaire
La direction invoque la chute des commandes de navires de pêche ; les syndicats appellent à la grève
Des ouvriers à la sortie du chantier naval de Saint-Nazaire (Jeanne Morel)
Paul Garnier
Saint-Nazaire
Publié le 5 décembre 2026 à 12h30
Les Chantiers de l'Estuaire ont annoncé vendredi aux syndicats un plan de 400 suppressions de postes sur le site de Saint-Nazaire.
La direction invoque la chute des commandes de navires de pêche au cours des deux dernières années.
Les syndicats ont aussitôt appelé à deux journées de grève la semaine prochaine.
)",
         "Les Chantiers de l'Estuaire annoncent 400 suppressions de postes à Saint-Nazaire",
         "La direction invoque la chute des commandes de navires de pêche ; les syndicats appellent à la grève",
         nullptr, nullptr, nullptr},
        {R"(Zum Inhalt springen
Menü
Wirtschaft
Unternehmen
Werft Nordlicht streicht 400 Stellen in Rostock
Die Geschäftsführung verweist auf fehlende Aufträge für Fischereischiffe, die Gewerkschaft droht mit Streik
Arbeiter vor dem Werkstor der Werft in Rostock (Anna Muster)
Peter Lindner
Rostock
05.12.2026, 12:30 Uhr
Die Werft Nordlicht will an ihrem Standort in Rostock 400 Stellen streichen, wie die Geschäftsführung am Freitag mitteilte.
Grund seien fehlende Aufträge für Fischereischiffe in den vergangenen zwei Jahren.
Die Gewerkschaft kündigte umgehend zwei Warnstreiks für die kommende Woche an.
)",
         "Werft Nordlicht streicht 400 Stellen in Rostock",
         "Die Geschäftsführung verweist auf fehlende Aufträge für Fischereischiffe, die Gewerkschaft droht mit Streik",
         nullptr, nullptr, "Die Werft Nordlicht will"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const archive::Article a = archive::parse(r.page, "x");
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
        if (r.caption != nullptr) {
            REQUIRE(a.media.size() == 1);
            CHECK(a.media[0].caption.value_or("") == r.caption);
            CHECK(a.media[0].credit.value_or("") == r.credit);
        }
        REQUIRE(!a.sections.empty());
        REQUIRE(!a.sections[0].paragraphs.empty());
        if (r.first_paragraph != nullptr)
            CHECK(a.sections[0].paragraphs[0].starts_with(r.first_paragraph));
    }
}

TEST_CASE("a title closed by a name in brackets is no caption", "[headline][head84]") {
    // A short title whose parenthesis names its guest, over the standfirst: fewer than five words before the
    // parenthesis, so no caption, and the title stays the headline.
    const archive::Article a = archive::parse(R"(Culture
Podcast
Notes from Portlow (Ellen Varga)
The harbour master talks about a year of storms and how the town plans for the next winter.
By Mark Ellison
Dec. 4, 2026
Ellen Varga has run the port of Portlow for twelve years, and she says she has never seen a winter like the last one.
In this episode she talks about the night the old quay went and about the boats that never came back.
)",
                                              "x");
    CHECK(a.headline.value_or("") == "Notes from Portlow (Ellen Varga)");
    CHECK(a.media.empty());
}
