// The card of a post of a social network embedded between the article's paragraphs (its account's name, handle,
// text, time stamp, counts and buttons: "Reply", "Read 1.1K replies") ends the region no longer: the text under it
// joins the region and the card's lines leave the body (region_past_boxes.cpp take_text_past_embed(),
// region_teasers.cpp). Invented lines.
#include <catch2/catch.hpp>

#include "page.hpp"
#include "region_pages.hpp"
#include "region_parts.hpp"
#include "rows.hpp"

#include <string>
#include <utility>
#include <vector>

using namespace archive;

namespace {

// The card's lines, a paragraph under it, then the site's footer.
std::string with_card(const std::string& lang, const std::string& card, const std::string& after) {
    return test::article_with_tail(lang, card + after + "\n" + (lang == "de" ? "Startseite\nKontakt\n" : "Home\nContact\n"));
}

// The page's lines, none a terminator (all embed_card_end() asks of a rated page).
Page page_of(const std::vector<Block>& blocks, const char* lang) {
    Page p{blocks, lang, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    p.terminator.assign(blocks.size(), 0);
    return p;
}

std::size_t handle_at(const std::vector<Block>& blocks) {
    std::size_t k = 0;
    while (k < blocks.size() && blocks[k].text.front() != '@')
        ++k;
    return k;
}

} // namespace

TEST_CASE("the text goes on under an embedded post's card, whose lines leave the body", "[region][region42]") {
    const std::string en = with_card(
        "en",
        "Harbour Council\n@harbourcouncil\nThe east quay is open again. See you on the ferry!\n4:52 PM · Dec 2, 2026\n"
        "12.4K\nReply\nCopy link\nRead 1.1K replies\n",
        "The harbour master told reporters that the old quay would be repaired by the end of the summer.");
    const std::string de = with_card(
        "de",
        "Stadt Hafenau\n@stadt_hafenau\nDer Ostkai ist wieder offen. Wir sehen uns auf der Fähre!\n16:52 · 2. Dez. 2026\n"
        "1.204\nAntworten\nLink kopieren\n312 Antworten lesen\n",
        "Der Hafenmeister sagte am Abend, der alte Kai werde bis zum Ende des Sommers vollständig repariert sein.");
    const std::string fr =
        "Le Journal du Val\nActualité\nLe quai est rouvert aux ferries\n"
        "Le quai est de nouveau ouvert aux ferries depuis lundi matin, après trois mois de travaux sur les pontons.\n"
        "Le maire a salué la fin du chantier et a remercié les pêcheurs pour leur patience pendant tout l'hiver.\n"
        "La commune a publié une photo du premier ferry sur les réseaux sociaux, où elle a été vue des milliers de fois.\n"
        "Port de Valmer\n@portdevalmer\nLe quai est rouvert. Rendez-vous sur le ferry !\n16:52 · 2 déc. 2026\n980\n"
        "Répondre\nCopier le lien\n"
        "Le capitaine du port a indiqué que l'ancien ponton serait réparé avant la fin de l'été, selon le calendrier prévu.\n"
        "Mentions légales\nContact\n";
    struct Row {
        const char* lang;
        const std::string& page;
        const char* after;
        const char* handle;
        const char* post;
    };
    const Row rows[] = {
        {"en", en, "The harbour master told reporters", "@harbourcouncil", "The east quay is open again. See you on the ferry!"},
        {"de", de, "Der Hafenmeister sagte am Abend", "@stadt_hafenau", "Der Ostkai ist wieder offen. Wir sehen uns auf der Fähre!"},
        {"fr", fr, "Le capitaine du port a indiqué", "@portdevalmer", "Le quai est rouvert. Rendez-vous sur le ferry !"},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = classify(segment(r.page), r.lang);
        CHECK(test::has_paragraph_starting(a, r.after));
        CHECK_FALSE(test::in_text(a, r.handle));
        CHECK_FALSE(test::in_text(a, r.post));
        CHECK(test::in_boilerplate(a, r.handle));
        CHECK(test::in_boilerplate(a, r.post));
    }
}

TEST_CASE("a handle needs a post's time stamp under it to make a card", "[region][region42]") {
    // A handle over a sentence and no stamp, a handle over a stamp with no text between, a handle of two words.
    for (const char* tail : {"@harbourcouncil\nThe harbour master told reporters that the old quay would be repaired soon.\n",
                             "@harbourcouncil\n4:52 PM · Dec 2, 2026\nReply\n",
                             "@harbour council\nThe east quay is open again.\n4:52 PM · Dec 2, 2026\nReply\n"}) {
        INFO(tail);
        const std::vector<Block> blocks = segment(test::article_with_tail("en", tail));
        const Page p = page_of(blocks, "en");
        const std::size_t handle = handle_at(blocks);
        REQUIRE(handle < blocks.size());
        CHECK(embed_card_end(p, handle) == handle);
    }
    // The card's end: one past its last button; its start: the account's name over the handle.
    const std::pair<const char*, const char*> cards[] = {
        {"en", "Harbour Council\n@harbourcouncil\nThe east quay is open again.\n4:52 PM · Dec 2, 2026\nReply\n"
               "Copy link\nThe harbour master told reporters that the old quay would be repaired soon.\n"},
        {"de", "Stadt Hafenau\n@stadt_hafenau\nDer Ostkai ist wieder offen.\n16:52 · 2. Dez. 2026\nAntworten\n"
               "Link kopieren\nDer Hafenmeister sagte, der alte Kai werde bis zum Sommer repariert.\n"},
    };
    for (const auto& [lang, tail] : cards) {
        INFO(tail);
        const std::vector<Block> blocks = segment(test::article_with_tail(lang, tail));
        const Page p = page_of(blocks, lang);
        const std::size_t handle = handle_at(blocks);
        REQUIRE(handle < blocks.size());
        CHECK(embed_card_end(p, handle) == handle + 5);
        CHECK(embed_card_start(p, handle) == handle - 1);
    }
}
