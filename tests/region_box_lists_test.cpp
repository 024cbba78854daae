// A box of links in the middle of the text ("Veja também", "Related stories", "Mehr zum Thema", "À lire aussi") ends at
// its first line announcing a list with a colon; the text goes on there, the short line over that sentence heads the
// list (inline_box(), short_item_lists(), the section loop's announced_list_title). Whole pages, glued and spaced.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {

bool has(const std::vector<std::string>& lines, const std::string& line) {
    return std::find(lines.begin(), lines.end(), line) != lines.end();
}

struct BoxRow {
    const char* lang;
    const char* page;
    const char* link;     // a title of the box: boilerplate
    const char* heading;  // the list's heading
    const char* announce; // the sentence with the colon: the first paragraph of its section
    const char* item;     // a list item: text
    const char* last;     // the last paragraph's start, under the list
};

} // namespace

TEST_CASE("a box of links ends at a sentence announcing a list, and the text goes on under it",
          "[classify][region][related]") {
    const BoxRow rows[] = {
        {"pt", R"(Enchente no Rio Tietê deixa 3 mil desalojados
A cheia do Rio Tietê deixou pelo menos 3 mil pessoas desalojadas em três cidades da Grande São Paulo nesta quarta-feira, segundo a Defesa Civil.
Em Osasco, o nível do rio subiu 2,4 metros em menos de 12 horas. A prefeitura abriu quatro escolas municipais para receber as famílias.
"A água entrou em casa às três da manhã. A gente só conseguiu salvar os documentos e o cachorro", contou a diarista Rosângela Ferreira.
Veja também
Chuva forte provoca queda de árvores na Zona Oeste
Rodovia Castello Branco tem trecho interditado
O que fazer em caso de enchente
A Defesa Civil orienta:
não entrar em áreas alagadas;
desligar a energia elétrica da casa;
procurar abrigo em local alto;
ligar 199 em caso de emergência.
Prefeituras pedem ajuda
O prefeito de Carapicuíba, Marcos Tavares, disse que o município não tem estrutura para atender todas as famílias e pediu apoio do governo federal.
Em nota, o governo do estado informou que enviou 2 mil kits de higiene e 800 colchões para as cidades atingidas.
Mais lidas
Nova linha de metrô começa a operar em janeiro
)",
         "Rodovia Castello Branco tem trecho interditado", "O que fazer em caso de enchente", "A Defesa Civil orienta:",
         "procurar abrigo em local alto;", "Em nota, o governo do estado"},
        {"en", R"(River floods three towns in the valley
The river burst its banks overnight and flooded the lower streets of three towns in the valley, forcing hundreds of families from their homes.
In Millbrook the water rose more than two metres in under ten hours, and the council opened four schools as shelters for the night.
"We saved the papers and the dog, nothing else," said one resident, who waded out of her house at three in the morning.
Related stories
Storm brings down trees across the west of the county
Main road closed after a landslide near the quarry
What to do in a flood
The fire service advises residents:
stay out of flooded streets;
switch off the power at the mains;
move to the upper floor of the house;
call 999 in an emergency.
Councils ask for help
The leader of Millbrook council said the town did not have the means to house every family and asked the government for support.
In a statement, the county said it had sent two thousand blankets and eight hundred camp beds to the towns that were hit.
Most read
Ferry fares to rise in the spring
)",
         "Main road closed after a landslide near the quarry", "What to do in a flood",
         "The fire service advises residents:", "switch off the power at the mains;", "In a statement, the county"},
        {"de", R"(Hochwasser überflutet drei Orte im Tal
Der Fluss ist in der Nacht über die Ufer getreten und hat die unteren Straßen von drei Orten im Tal überflutet, Hunderte Familien mussten ihre Häuser verlassen.
In Mühlbach stieg das Wasser in weniger als zehn Stunden um mehr als zwei Meter, die Gemeinde öffnete vier Schulen als Notquartiere für die Nacht.
"Wir haben die Papiere und den Hund gerettet, sonst nichts", sagte eine Anwohnerin, die um drei Uhr morgens aus ihrem Haus watete.
Mehr zum Thema
Sturm entwurzelt Bäume im ganzen Landkreis
Landstraße nach Erdrutsch am Steinbruch gesperrt
Was bei Hochwasser zu tun ist
Die Feuerwehr rät den Anwohnern:
überflutete Straßen meiden;
den Strom am Hauptschalter abschalten;
in das obere Stockwerk gehen;
im Notfall die 112 wählen.
Gemeinden bitten um Hilfe
Der Bürgermeister von Mühlbach sagte, die Gemeinde habe nicht die Mittel, alle Familien unterzubringen, und bat das Land um Unterstützung.
In einer Mitteilung erklärte der Landkreis, er habe zweitausend Decken und achthundert Feldbetten in die betroffenen Orte geschickt.
Meistgelesen
Fährpreise steigen im Frühjahr
)",
         "Landstraße nach Erdrutsch am Steinbruch gesperrt", "Was bei Hochwasser zu tun ist",
         "Die Feuerwehr rät den Anwohnern:", "den Strom am Hauptschalter abschalten;", "In einer Mitteilung erklärte"},
        {"fr", R"(La rivière inonde trois villages de la vallée

La rivière est sortie de son lit pendant la nuit et a inondé les rues basses de trois villages de la vallée, chassant des centaines de familles de leurs maisons.

À Montbrook, l'eau est montée de plus de deux mètres en moins de dix heures, et la mairie a ouvert quatre écoles pour héberger les sinistrés.

« Nous avons sauvé les papiers et le chien, rien d'autre », a raconté une habitante, sortie de chez elle à trois heures du matin.

À lire aussi

La tempête abat des arbres dans tout le département

La route principale fermée après un glissement de terrain

Que faire en cas d'inondation

Les pompiers conseillent aux habitants :

ne pas circuler dans les rues inondées ;

couper le courant au disjoncteur ;

monter à l'étage de la maison ;

appeler le 18 en cas d'urgence.

Les communes demandent de l'aide

Le maire de Montbrook a déclaré que la commune n'avait pas les moyens de loger toutes les familles et a demandé le soutien de l'État.

Dans un communiqué, le département a indiqué avoir envoyé deux mille couvertures et huit cents lits de camp dans les villages touchés.

Les plus lus

Les tarifs du ferry augmentent au printemps
)",
         "La route principale fermée après un glissement de terrain", "Que faire en cas d'inondation",
         "Les pompiers conseillent aux habitants :", "couper le courant au disjoncteur ;", "Dans un communiqué, le département"},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(has(a.boilerplate, r.link));
        CHECK_FALSE(has(paragraphs, r.link));
        const auto it = std::find_if(a.sections.begin(), a.sections.end(),
                                     [&](const Section& s) { return s.heading && *s.heading == r.heading; });
        REQUIRE(it != a.sections.end());
        REQUIRE_FALSE(it->paragraphs.empty());
        CHECK(it->paragraphs.front() == r.announce);
        CHECK(has(it->paragraphs, r.item));
        REQUIRE_FALSE(paragraphs.empty());
        CHECK(paragraphs.back().starts_with(r.last));
    }
}

TEST_CASE("a box of links over a colon line with no prose under its list still ends the article",
          "[classify][region][related]") {
    // The list runs into the page's end matter: nothing of the text resumes, the box closes the article.
    const Article a = classify(segment(R"(River floods three towns in the valley
The river burst its banks overnight and flooded the lower streets of three towns in the valley, forcing hundreds of families from their homes.
In Millbrook the water rose more than two metres in under ten hours, and the council opened four schools as shelters for the night.
Related stories
Storm brings down trees across the west of the county
Main road closed after a landslide near the quarry
Our newsletters bring you:
the morning briefing;
the weekend edition;
Sign up
Terms of use
)"),
                               "en");
    const auto paragraphs = test::paragraphs_of(a);
    CHECK_FALSE(has(paragraphs, "Our newsletters bring you:"));
    CHECK_FALSE(has(paragraphs, "the morning briefing;"));
    CHECK(has(a.boilerplate, "Main road closed after a landslide near the quarry"));
}

TEST_CASE("a line over a colon sentence that goes on from above, or over one in title case, heads no list",
          "[classify][heading][related]") {
    // "for a document, or:" opens in lower case: it goes on from the line over it, which is an item, no heading.
    const Article a = classify(segment(R"(How the archive stores its files
The archive keeps every file under a folder of the storage tree, and each folder has an address of its own that the clients read.
The address of an item contained in a folder is written as follows, whatever the kind of the item:
ENCODE( folder name )
for a document, or:
ENCODE( folder name / )
for a folder, with the slash at its end.
ENCODE( root )
Clients that read the tree from its root follow these addresses down to each file, one folder at a time, and cache them.
The server answers each request with the list of the items in the folder, sorted by their names and dated.
)"),
                               "en");
    for (const Section& s : a.sections)
        CHECK_FALSE((s.heading && *s.heading == "ENCODE( folder name )"));
}
