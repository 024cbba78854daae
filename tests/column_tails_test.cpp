// Tests of the lines under an opinion column: the author's box that names its writer by the word "author"
// ("L'auteur est économiste.") and the disclaimer that the piece gives the writer's opinion, not the paper's. One row
// per language; every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>

using namespace archive;

using archive::test::check_block_notices;
using archive::test::NoticeRow;
using archive::test::paragraphs_of;

TEST_CASE("the author's box may name its writer by the word author and a job", "[classify][bio]") {
    const NoticeRow rows[] = {
        {"The author is a professor of maritime history at the University of Westmarch.", true},
        {"The author is an economist and a senior fellow at a research institute in Leeds.", true},
        {"L'auteur est économiste.", true},
        {"L’autrice est chercheuse au laboratoire d'écologie des sols de Rennes.", true},
        {"Der Autor ist Ökonom und lehrt in Bremen.", true},
        {"Die Autorin ist seit 2019 Professorin für Stadtplanung in Kassel.", true},
        {"Autor jest dziennikarzem i publicystą.", true},
        {"Autorka jest ekonomistką, wykładowczynią na uczelni w Toruniu.", true},
        {"El autor es periodista y escribe sobre los ríos de Aragón.", true},
        {"La autora es catedrática de Derecho Civil.", true},
        {"L'autore è giornalista e vive a Parma.", true},
        {"O autor é professor de geografia em Braga.", true},
        {"De auteur is hoogleraar milieukunde in Wageningen.", true},
        // A sentence of a review on a book's author names no job after the verb (or none near it); a named person's
        // profession outside the press is somebody in the article, not its writer.
        {"The author is right that the canal was sold far too cheaply in the end.", false},
        {"L'auteur est parvenu à convaincre le jury malgré un dernier chapitre trop long.", false},
        {"Der Autor ist der Meinung, dass der Hafen zu spät ausgebaut wurde.", false},
        {"Autor jest przekonany, że miasto nie zdąży z budową mostu przed zimą.", false},
        {"The author is careful with the figures of the old census, which another professor doubts.", false},
        {"Jane Doe is a professor of maritime history at the University of Westmarch.", false},
    };
    check_block_notices(rows, author_bio);
}

TEST_CASE("the disclaimer under an opinion piece", "[classify][disclaimer]") {
    const NoticeRow rows[] = {
        {"The views expressed are the author's own.", true},
        {"The opinions expressed in this column do not necessarily reflect those of the editors or of the author's "
         "employer.",
         true},
        {"Les opinions exprimées n'engagent que leur auteur.", true},
        {"Der Beitrag gibt die Meinung des Autors wieder.", true},
        {"Tekst wyraża opinię autora, a nie redakcji.", true},
        {"Las opiniones expresadas son responsabilidad exclusiva de su autor.", true},
        {"Le opinioni espresse sono dell'autore e non impegnano la redazione.", true},
        {"As opiniões expressas são da responsabilidade do autor.", true},
        {"Dit stuk geeft de mening van de auteur weer.", true},
        // The holder named through "su" ("la opinión de su autora"), the paper named after it.
        {"Esta columna expresa solo la opinión de su autor y no la del periódico.", true},
        {"El texto recoge únicamente la opinión de su autora.", true},
        {"Los artículos de opinión expresan el punto de vista de sus autores y no necesariamente el de este diario.", true},
        {"Las columnas reflejan el punto de vista de su autora.", true},
        // An opinion and its holder in a sentence of the article, or the words of one of them alone.
        {"The author of the report said the views of the dockers were never asked for.", false},
        {"Die Meinung des Bürgermeisters hat sich seit dem Frühjahr nicht geändert.", false},
        {"Les opinions exprimées lors du conseil municipal ont surpris les habitants du quartier.", false},
        {"Los vecinos compartieron el punto de vista de sus abogados durante la reunión del jueves.", false},
        {"Autor projektu mostu odpowiadał na pytania mieszkańców przez dwie godziny.", false},
        {"El autor del proyecto defendió ante los vecinos la opinión de los técnicos municipales.", false},
    };
    check_block_notices(rows, opinion_disclaimer);
}

namespace {

struct Column {
    const char* language;
    const char* page;  // the headline and four paragraphs
    const char* box;   // the author's box, or an empty string
    const char* note;  // the disclaimer
    const char* after; // the lines under them (tags, comments)
};

const Column columns[] = {
    {"en",
     "Our parks need gardeners, not fences\n\n"
     "Every spring the council closes another corner of the river park and calls it protection. Last week it was the "
     "old orchard by the weir, where children have climbed the same pear trees for three generations.\n\n"
     "Nobody doubts that the trees are old. But a fence does not prune a branch or feed a root, and the orchard will "
     "not grow younger behind green mesh while the budget for gardeners shrinks every year.\n\n"
     "The money exists. The park spent more on signs and barriers last year than on the two gardeners it lost when "
     "their contracts ended, and nobody has asked the neighbours what they would rather have.\n\n"
     "Open the orchard again, hire the gardeners back and let the pear trees do what they have always done: feed "
     "the children of the town every September.\n\n",
     "The author is a landscape architect and a lecturer at the school of design in Norwick.",
     "The views expressed are the author's own.",
     "Topics\nParks\nCouncil\n\n3 comments\nLog in to comment"},
    {"fr",
     "Nos marchés méritent mieux que des parkings\n\n"
     "Chaque samedi, la place du marché se remplit de maraîchers venus des villages voisins. Pourtant la mairie "
     "envisage d'y construire un parking souterrain, avec deux ans de travaux au cœur de la ville.\n\n"
     "Les commerçants ne demandent pas grand-chose : un point d'eau, des toilettes propres et des horaires stables. "
     "Rien de tout cela ne figure dans le projet présenté au conseil municipal le mois dernier.\n\n"
     "On nous explique que les clients viennent en voiture. Les chiffres de la ville elle-même montrent pourtant que "
     "la moitié d'entre eux arrivent à pied ou à vélo depuis les quartiers proches du centre.\n\n"
     "Avant de creuser, la ville devrait écouter ceux qui font vivre la place chaque semaine, par tous les temps, "
     "depuis bien plus longtemps que ses projets d'aménagement.\n\n",
     "L'auteur est économiste et enseignant à l'université de Valbonne.",
     "Les opinions exprimées n'engagent que leur auteur.",
     "Mots-clés\nMarchés\nUrbanisme\n\nRéagir à cet article"},
    {"de",
     "Die Bibliothek gehört ins Zentrum\n\n"
     "Seit dem Umzug der Stadtbibliothek an den Stadtrand sind die Ausleihen um ein Drittel gesunken. Wer keinen "
     "Wagen hat, fährt jetzt vierzig Minuten mit zwei Buslinien, um ein Buch zurückzugeben.\n\n"
     "Die Verwaltung verweist auf die größeren Räume und die neuen Parkplätze. Doch eine Bibliothek lebt nicht von "
     "Quadratmetern, sondern von den Menschen, die auf dem Heimweg kurz hineinschauen.\n\n"
     "Im alten Gebäude am Markt stehen die Säle seit zwei Jahren leer. Der Umbau zu Büros wurde verschoben, weil "
     "sich kein Mieter fand, und die Heizkosten zahlt die Stadt trotzdem jeden Winter.\n\n"
     "Es wäre Zeit, wenigstens eine Zweigstelle dorthin zurückzubringen, wo die Leser sind, und nicht dort zu "
     "bleiben, wo der Baugrund am billigsten war.\n\n",
     "Die Autorin ist Historikerin und lebt seit zwanzig Jahren in der Stadt, deren Bibliothek sie oft besucht.",
     "Dieser Beitrag gibt die Meinung des Autors wieder und nicht unbedingt die der Redaktion.",
     "Schlagworte\nBibliothek\nStadtentwicklung\n\nKommentare (4)"},
    {"pl",
     "Szkoła potrzebuje stołówki, nie nowej elewacji\n\n"
     "W tym roku gmina wyda prawie milion złotych na ocieplenie i pomalowanie budynku szkoły podstawowej. Uczniowie "
     "nadal będą jeść obiad na korytarzu, bo stołówkę zamknięto trzy lata temu.\n\n"
     "Dyrekcja tłumaczy, że na kuchnię nie ma pieniędzy, a elewację finansuje program rządowy. Rodzice pytają "
     "jednak, dlaczego nikt nie złożył wniosku o pieniądze na kuchnię, skoro taki program też istnieje.\n\n"
     "W sąsiednich gminach stołówki działają, a obiad kosztuje mniej niż bilet autobusowy. Dzieci jedzą ciepły "
     "posiłek przy stole, a nie kanapkę na parapecie między lekcjami.\n\n"
     "Ładna elewacja nikogo nie nakarmi. Zanim gmina wybierze kolor farby, niech najpierw policzy, ile kosztuje "
     "ciepły obiad dla każdego ucznia, i niech to powie rodzicom na zebraniu, a nie w komunikacie na stronie.\n\n",
     "Autor jest dziennikarzem i publicystą.",
     "Tekst wyraża opinię autora, a nie redakcji.",
     "Tagi\nszkoła\ngmina\n\nKomentarze (12)"},
    {"es",
     "El río no es un aparcamiento\n\n"
     "Cada verano, la orilla del río se llena de coches que aparcan sobre la hierba. El ayuntamiento lo tolera desde "
     "hace años, aunque la ordenanza lo prohíbe y los vecinos lo denuncian en cada pleno.\n\n"
     "Los técnicos municipales ya advirtieron de que la tierra compactada no deja crecer los chopos jóvenes. La "
     "ribera pierde cada año un trozo de sombra que tardará décadas en volver.\n\n"
     "Existen soluciones sencillas: unas piedras en el acceso, un aparcamiento provisional en el polígono y un "
     "autobús los fines de semana. Ninguna de ellas cuesta más que las fiestas del barrio.\n\n"
     "Falta voluntad, no dinero. Y mientras el ayuntamiento mira hacia otro lado, el río sigue perdiendo sus "
     "árboles uno tras otro cada verano.\n\n",
     "",
     "Las opiniones expresadas son responsabilidad exclusiva de su autor.",
     "Etiquetas\nMedio ambiente\n\nComentarios (2)"},
    {"it",
     "La piazza non è un parcheggio\n\n"
     "Ogni sabato mattina la piazza del mercato si riempie di auto parcheggiate davanti ai banchi dei contadini. Il "
     "comune lo permette da anni, anche se il regolamento lo vieta e i residenti protestano a ogni consiglio.\n\n"
     "I vigili dicono di non avere abbastanza personale per controllare. Eppure basterebbero due fioriere e un "
     "cartello all'ingresso della via per chiudere la piazza alle auto durante il mercato.\n\n"
     "Nelle città vicine il mercato si tiene in zone pedonali e i commercianti non si lamentano, anzi: vendono di "
     "più, perché la gente si ferma e passeggia invece di cercare un posto libero.\n\n"
     "Non servono grandi progetti né nuovi fondi. Serve la volontà di dire di no a chi vuole parcheggiare a un passo "
     "dal banco della frutta, una volta alla settimana.\n\n",
     "",
     "Le opinioni espresse in questo articolo sono dell'autore e non impegnano in alcun modo la redazione.",
     "Argomenti\nMercato\nViabilità\n\nCommenti (5)"},
};

} // namespace

TEST_CASE("the author's box and the disclaimer under a column leave its text", "[classify][bio][disclaimer]") {
    for (const auto& c : columns) {
        INFO(c.language);
        std::string page = c.page;
        if (*c.box != '\0')
            page += std::string(c.box) + "\n\n";
        page += std::string(c.note) + "\n\n" + c.after + "\n";
        Article a = classify(segment(page), c.language);
        const auto paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == 4);
        for (const auto& para : paragraphs) {
            CHECK(para != c.box);
            CHECK(para != c.note);
        }
    }
}
