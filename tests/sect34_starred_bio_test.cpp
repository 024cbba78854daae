// The author's box opened by the footnote's asterisk that ties it to the byline ("*Jana Roth ist Historikerin an der
// Universität ...", "*Hélène Marchetti est professeure ..."): the asterisk read past, the line is the author's box,
// whatever her job, a profession as well as the press's ([bio_profession_words], as after the word "author"). Without
// the asterisk a name and a profession tell of anybody in the article (endings.cpp author_bio()). Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "page.hpp"
#include "region_pages.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::block_of;

TEST_CASE("a bio opened by the footnote's asterisk is the author's box", "[classify][sect34]") {
    for (const char* line :
         {"*Jana Roth ist Historikerin an der Universität Basel und forscht zur Geschichte der Frauenrechte.",
          "*Hélène Marchetti est professeure de géographie à l'Université de Genève et membre de l'association "
          "Rives vivantes.",
          "*Tom Hale is a historian at the University of Leeds and studies the trade unions of the north.",
          "*Paolo Riva è un economista dell'Università di Pavia e studia il mercato del lavoro.",
          "*Anna Muster ist Redakteurin im Ressort Wirtschaft und schreibt über Energie."}) {
        INFO(line);
        CHECK(author_bio(block_of(line)));
    }
}

TEST_CASE("a name and a profession without the asterisk, or an asterisk over no name, is no author's box",
          "[classify][sect34]") {
    for (const char* line :
         {"Jana Roth ist Historikerin an der Universität Basel und forscht zur Geschichte der Frauenrechte.",
          "Hélène Marchetti est professeure de géographie à l'Université de Genève et membre de l'association "
          "Rives vivantes.",
          "Tom Hale is a historian at the University of Leeds and studies the trade unions of the north.",
          "*Preise ohne Gewähr, Stand der Angaben ist der erste Juli dieses Jahres.",
          "*Les prix indiqués sont ceux relevés en magasin le premier juillet dernier."}) {
        INFO(line);
        CHECK_FALSE(author_bio(block_of(line)));
    }
}

TEST_CASE("a starred bio under the text leaves the body", "[region][sect34]") {
    struct Row {
        const char* lang;
        std::string page;
        std::string bio;
    };
    const Row rows[] = {
        {"de",
         "Der Talbote\nStartseite\nMeinung\nGastbeitrag\n"
         "Warum das Dorf seine Schule behalten muss\n"
         "Eine kleine Schule ist teuer. Ohne sie verliert das Dorf aber mehr als ein Gebäude.\n"
         "Von Jana Roth\n"
         "Mi, 9. April 2025, 16:20 Uhr\n"
         "Als die Schule im Nachbardorf vor zehn Jahren schloss, zogen die jungen Familien weg. Heute steht dort die "
         "Hälfte der Häuser leer, und der Laden hat auch zugemacht.\n"
         "Wer eine Schule schließt, spart ein paar hunderttausend Franken im Jahr. Er bezahlt dafür mit einem Dorf, "
         "das langsam verschwindet.\n"
         "Der Gemeinderat sollte sich deshalb gut überlegen, ob er diesen Preis zahlen will.\n"
         "*Jana Roth ist Historikerin an der Universität Basel und forscht zur Geschichte der Dorfschulen.\n"
         "Kontakt\nImpressum\n",
         "*Jana Roth ist Historikerin an der Universität Basel und forscht zur Geschichte der Dorfschulen."},
        {"fr",
         "Le Courrier des Alpes\nAccueil\nOpinions\nTribune\n"
         "Pourquoi le village doit garder son école\n"
         "Une petite école coûte cher. Sans elle, le village perd pourtant bien plus qu'un bâtiment.\n"
         "Par Hélène Marchetti\n"
         "Publié le 9 avril 2025 à 16h20\n"
         "Quand l'école du village voisin a fermé il y a dix ans, les jeunes familles sont parties. Aujourd'hui, la "
         "moitié des maisons y sont vides, et l'épicerie a fermé elle aussi.\n"
         "Fermer une école fait économiser quelques centaines de milliers de francs par an. On le paie d'un village "
         "qui disparaît peu à peu.\n"
         "Le conseil communal devrait donc bien réfléchir avant de payer ce prix.\n"
         "*Hélène Marchetti est professeure de géographie à l'Université de Genève et étudie les écoles rurales.\n"
         "Contact\nMentions légales\n",
         "*Hélène Marchetti est professeure de géographie à l'Université de Genève et étudie les écoles rurales."},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        CHECK_FALSE(test::contains(test::paragraphs_of(a), r.bio));
        CHECK(test::in_boilerplate(a, r.bio));
    }
}
