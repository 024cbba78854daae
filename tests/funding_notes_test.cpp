// A note under the article on who paid for it ("This story was written under the Local Democracy Reporting Service, a
// scheme paid for by the BBC.", "Ce reportage a bénéficié du soutien du Fonds de journalisme régional."): no text of
// the article, once the text has ended. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "region_parts.hpp"
#include "rows.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_block_notices;
using archive::test::contains;
using archive::test::NoticeRow;
using archive::test::paragraphs_of;

TEST_CASE("a note on who paid for the piece", "[region][funding]") {
    const NoticeRow rows[] = {
        {"This story was written under the Local Democracy Reporting Service, a scheme paid for by the BBC.", true},
        {"This reporting is funded by a grant from the Harbour Foundation.", true},
        {"Ce reportage a bénéficié du soutien du Fonds de journalisme régional de La Presse Canadienne.", true},
        {"Dieser Beitrag wurde gefördert von der Stiftung Lokaljournalismus.", true},
        {"Este reportaje fue realizado con el apoyo de la Fundación Ríos del Sur.", true},
        {"Questo articolo è stato realizzato con il sostegno della Fondazione Valli.", true},
        {"Dit artikel kwam tot stand met steun van het Fonds Regiojournalistiek.", true},
        // A sentence of the text on money given: no demonstrative naming the piece itself, or no paying phrase.
        {"The report was funded by the ministry and published on Monday.", false},
        {"Le rapport a été financé par la région et publié lundi soir.", false},
        {"This story has been updated to add the council's reply.", false},
        {"Dieser Beitrag erschien zuerst in der Samstagsausgabe.", false},
    };
    check_block_notices(rows, funding_note);
}

TEST_CASE("a funding note under the last paragraph leaves the body", "[region][funding]") {
    struct Row {
        const char* lang;
        const char* page;
        const char* note;
    };
    const Row rows[] = {
        {"en", R"(Harbour car park charges to double next spring

Parking charges at the harbour car park will double from April under plans approved by the district council on Tuesday evening.

The hourly rate will rise from two pounds to four, with a day ticket going up to twenty pounds for every visitor to the town.

Traders on the high street were quick to criticise the decision and said visitors would simply drive on to the next town instead.

This story was written under the Local Democracy Reporting Service, a scheme paid for by the BBC.
)", "This story was written under the Local Democracy Reporting Service, a scheme paid for by the BBC."},
        {"fr", R"(La neige attendue sur la Côte-Nord dès mercredi

Environnement Canada a émis mardi un avertissement de neige pour une grande partie de la Côte-Nord et du Saguenay.

Les accumulations pourraient atteindre trente centimètres d'ici jeudi matin, selon les prévisionnistes de l'agence fédérale.

Les automobilistes sont invités à reporter leurs déplacements non essentiels et à vérifier l'état des routes avant de partir.

Ce reportage a bénéficié du soutien du Fonds de journalisme régional de La Presse Canadienne.
)", "Ce reportage a bénéficié du soutien du Fonds de journalisme régional de La Presse Canadienne."},
        {"de", R"(Die Fähre fährt im Winter nur noch zweimal täglich

Die Fähre zwischen den beiden Ufern fährt ab Dezember nur noch zweimal am Tag, wie die Betreibergesellschaft am Montag mitteilte.

Grund seien die hohen Kosten für Personal und Treibstoff, die im vergangenen Jahr um ein Drittel gestiegen seien.

Pendler aus den Dörfern am Südufer müssen nun entweder sehr früh aufbrechen oder einen Umweg von vierzig Kilometern fahren.

Dieser Beitrag wurde gefördert von der Stiftung Lokaljournalismus.
)", "Dieser Beitrag wurde gefördert von der Stiftung Lokaljournalismus."},
    };
    for (const auto& r : rows) {
        INFO(r.page);
        Article a = classify(segment(r.page), r.lang);
        const std::vector<std::string> paragraphs = paragraphs_of(a);
        CHECK(paragraphs.size() == 3);
        CHECK_FALSE(contains(paragraphs, r.note));
        CHECK(contains(a.boilerplate, r.note));
    }
    // The same words inside the text, under a paragraph of it, stay.
    const char* page = R"(Harbour car park charges to double next spring

Parking charges at the harbour car park will double from April under plans approved by the district council on Tuesday evening.

This project is funded by the council's transport budget, which the cabinet raised by a tenth in its last meeting.

Traders on the high street were quick to criticise the decision and said visitors would simply drive on to the next town instead.
)";
    Article a = classify(segment(page), "en");
    CHECK(contains(paragraphs_of(a),
                   "This project is funded by the council's transport budget, which the cabinet raised by a tenth in "
                   "its last meeting."));
}
