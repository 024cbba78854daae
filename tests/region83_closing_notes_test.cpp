// Closing notes under the text leave the body (probe75 R4): a newsletter's call to the reader who got it forwarded
// (common promo_phrases), a letters page's note that the letters speak for their writers (letters_notice_phrases),
// with the titles of other letters under it, and a fact check's note on its partnership (funding_subjects,
// funding_phrases). Invented pages.
#include <catch2/catch.hpp>

#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;

namespace {
struct Row {
    const char* lang;
    std::string page;
    const char* last; // the text's last paragraph
    const char* note; // the closing note
};

void check_rows(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.lang << ": " << r.note);
        const Article a = classify(segment(r.page), r.lang);
        const auto paragraphs = test::paragraphs_of(a);
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.last) != paragraphs.end());
        CHECK(std::find(paragraphs.begin(), paragraphs.end(), r.note) == paragraphs.end());
        CHECK(test::in_boilerplate(a, r.note));
    }
}
} // namespace

TEST_CASE("a newsletter's call to a reader who got it forwarded closes no text", "[region][notices][region83]") {
    check_rows({
        {"en",
         "The Harbour Brief\nYour Friday briefing\nBy Jane Roe\nDecember 5, 2026\n"
         "1. Ferries return to the north pier\n"
         "The ferry company said on Thursday that the boats would use the north pier again from Monday, after "
         "repairs.\n"
         "2. Council backs the new cycle lane\n"
         "Councillors voted eight to three for the cycle lane along the harbour road, which should open in the "
         "spring.\n"
         "Did someone forward you this? Sign up here.\n"
         "Most read\nPrivacy policy\n",
         "Councillors voted eight to three for the cycle lane along the harbour road, which should open in the spring.",
         "Did someone forward you this? Sign up here."},
        {"es",
         "El Boletín del Puerto\nTu resumen del viernes\nPor Marta Serrano\n5 de diciembre de 2026\n"
         "1. Los ferris vuelven al muelle norte\n"
         "La naviera anunció el jueves que los barcos volverán a usar el muelle norte desde el lunes, tras las obras.\n"
         "2. El pleno aprueba el nuevo carril bici\n"
         "El pleno aprobó por ocho votos a tres el carril bici del paseo del puerto, que abrirá en primavera.\n"
         "¿Te han reenviado este boletín? Apúntate aquí.\n"
         "Lo más leído\nPolítica de privacidad\n",
         "El pleno aprobó por ocho votos a tres el carril bici del paseo del puerto, que abrirá en primavera.",
         "¿Te han reenviado este boletín? Apúntate aquí."},
    });
}

TEST_CASE("a letters page's note that the letters speak for their writers closes no letter",
          "[region][notices][letters][region83]") {
    check_rows({
        {"de",
         "Hafenblatt\nLeserbriefe\nLeserbriefe zur neuen Fähre\n05.12.2026\n"
         "Zu „Die neue Fähre kommt später“ (2. Dezember):\n"
         "Seit Jahren warten wir auf die neue Fähre, und jetzt heißt es wieder, wir sollen uns gedulden. So kann es "
         "nicht weitergehen.\n"
         "Tobias Wehrle, Seedorf\n"
         "Die alte Fähre fährt zuverlässig, und das Geld für die neue wäre in der Schule besser aufgehoben gewesen.\n"
         "Karin Roth, Hafenstadt\n"
         "Leserbriefe geben die Meinung ihrer Verfasser wieder, nicht die der Redaktion.\n"
         "Mehr Leserbriefe\n"
         "Leserbriefe zum Hafenfest: „Zu laut und zu teuer“\n"
         "Leserbriefe zur Bahn: „Endlich ein Takt für alle“\n"
         "Impressum\nDatenschutz\n",
         "Die alte Fähre fährt zuverlässig, und das Geld für die neue wäre in der Schule besser aufgehoben gewesen.",
         "Leserbriefe geben die Meinung ihrer Verfasser wieder, nicht die der Redaktion."},
        {"fr",
         "La Gazette du port\nCourrier des lecteurs\nVos lettres sur le nouveau ferry\n5 décembre 2026\n"
         "Voilà des années que nous attendons le nouveau ferry, et on nous demande encore de patienter. Cela ne peut "
         "plus durer.\n"
         "L'ancien ferry fonctionne très bien, et cet argent aurait été plus utile à l'école du quartier.\n"
         "Les lettres reflètent l'opinion de leurs auteurs, non celle de la rédaction.\n"
         "Mentions légales\n",
         "L'ancien ferry fonctionne très bien, et cet argent aurait été plus utile à l'école du quartier.",
         "Les lettres reflètent l'opinion de leurs auteurs, non celle de la rédaction."},
    });
}

TEST_CASE("a fact check's note on its partnership closes no text", "[region][notices][region83]") {
    check_rows({
        {"en",
         "The Harbour Ledger\nFact Check\nNo, the council is not taxing garden sheds\nBy Jane Roe\n"
         "December 5, 2026\n"
         "A post shared thousands of times claims that every garden shed in the county will be taxed from March.\n"
         "The levy approved by the council in October applies only to storage units that businesses rent out.\n"
         "The claim that private sheds will be taxed is therefore false, the council's records show.\n"
         "This fact check is part of our partnership with the Coastal Verification Network.\n"
         "Privacy\n",
         "The claim that private sheds will be taxed is therefore false, the council's records show.",
         "This fact check is part of our partnership with the Coastal Verification Network."},
        {"pt",
         "Jornal do Porto Velho\nVerificação\nNão, a câmara não vai taxar os anexos dos quintais\nPor Marta Serrano\n"
         "5 de dezembro de 2026\n"
         "Uma publicação partilhada milhares de vezes afirma que todos os anexos dos quintais vão pagar uma taxa.\n"
         "A taxa aprovada pela câmara em outubro aplica-se apenas aos armazéns alugados por empresas.\n"
         "A afirmação de que os anexos privados vão ser taxados é, por isso, falsa, mostram os documentos da câmara.\n"
         "Esta verificação faz parte da parceria com a Rede Costeira de Verificação.\n"
         "Política de privacidade\n",
         "A afirmação de que os anexos privados vão ser taxados é, por isso, falsa, mostram os documentos da câmara.",
         "Esta verificação faz parte da parceria com a Rede Costeira de Verificação."},
    });
}
