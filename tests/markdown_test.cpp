// Markdown input (markdown.cpp, called by decode()): a web clipper's export (a front matter, "# Title", "## Heading",
// "**bold**", "[text](address)", "![alt](address)", "> " quotations) is read as the page it was clipped from; a
// page's text that merely holds a bracket or a hash is not touched. Invented pages and lines in en, de, fr, it.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "markdown.hpp"
#include "pipeline.hpp"

#include <algorithm>
#include <string>

using namespace archive;

namespace {

bool has_line(const std::string& text, const std::string& line) {
    return ("\n" + text + "\n").find("\n" + line + "\n") != std::string::npos;
}

} // namespace

TEST_CASE("a front matter or Markdown's link marks make a Markdown export", "[markdown]") {
    // A clipper's front matter (Obsidian, MarkDownload): keys, a key's list, the closing dashes.
    CHECK(markdown_text("---\ntitle: \"Le pont rouvre\"\nauthor:\n  - \"[[Jeanne Morel]]\"\n---\nLe pont rouvre.\n"));
    CHECK(markdown_text("\n---\ncreated: 2026-12-04T09:14:32\ntags: []\n---\n\n# Titel\n"));
    // Three links, or one link and two headings.
    CHECK(markdown_text("Text [eins](https://a.example/1), [zwei](https://a.example/2)\nund [drei](/drei).\n"));
    CHECK(markdown_text("# Titolo\n\nTesto con [un link](https://b.example/x).\n\n## Sezione\n\nAltro testo.\n"));
    // A page's text: a thematic rule and prose, a hashtag, one link alone, footnote marks, a list of dashes.
    CHECK_FALSE(markdown_text("---\nLe conseil a voté mardi soir.\n---\n"));
    CHECK_FALSE(markdown_text("#Bern2026\n# 3 Kommentare\nDer Gemeinderat hat entschieden [1].\n"));
    CHECK_FALSE(markdown_text("See the [report](https://c.example/report) for details.\n# Comments\n"));
    CHECK_FALSE(markdown_text("---\n- Home\n- News\n---\nThe ferry sails again.\n"));
    CHECK_FALSE(markdown_text(""));
}

TEST_CASE("Markdown's marks come off, a link's address goes on a line of its own", "[markdown]") {
    const std::string page = "# Rail fares frozen for a year\n"
                             "\n"
                             "> ## Excerpt\n"
                             "> Regulated fares will not rise in March.\n"
                             "\n"
                             "![A train at the platform](https://img.example/train.jpg \"Train\")\n"
                             "\n"
                             "**The freeze covers season tickets**, the *Treasury* said, and __off-peak__ returns.\n"
                             "\n"
                             "The [Rail Board](https://rail.example/), which _represents_ operators, welcomed it.\n"
                             "\n"
                             "## Who benefits? ##\n"
                             "\n"
                             "A snake_case_name stays, 2 * 3 * 4 stays, \\*escaped\\* stars stay as stars.\n"
                             "\n"
                             "```\n"
                             "## not a heading in code\n"
                             "```\n"
                             "- [Another story](https://news.example/2)\n";
    REQUIRE(markdown_text(page));
    const std::string plain = markdown_plain(page);
    CHECK(has_line(plain, "Rail fares frozen for a year"));
    CHECK(has_line(plain, "Excerpt"));
    CHECK(has_line(plain, "Regulated fares will not rise in March."));
    CHECK(has_line(plain, "A train at the platform"));
    CHECK(has_line(plain, "https://img.example/train.jpg"));
    CHECK(has_line(plain, "The freeze covers season tickets, the Treasury said, and off-peak returns."));
    CHECK(has_line(plain, "The Rail Board, which represents operators, welcomed it."));
    CHECK(has_line(plain, "https://rail.example/"));
    CHECK(has_line(plain, "Who benefits?"));
    CHECK(has_line(plain, "A snake_case_name stays, 2 * 3 * 4 stays, *escaped* stars stay as stars."));
    CHECK(has_line(plain, "## not a heading in code"));
    CHECK(has_line(plain, "- Another story"));
    CHECK(has_line(plain, "https://news.example/2"));
}

TEST_CASE("a picture's text that its caption prints again is the caption's, and the addresses follow the text",
          "[markdown]") {
    const std::string page =
        "# Il ponte riapre\n"
        "\n"
        "![Il ponte visto dalla riva sinistra](https://img.example/ponte.jpg)\n"
        "\n"
        "Il ponte visto dalla riva sinistra, a novembre.\n"
        "\n"
        "Il cantiere è finito con due mesi di ritardo, ha detto il [sindaco](https://comune.example/).\n";
    const std::string plain = markdown_plain(page);
    CHECK(plain.find("Il ponte visto dalla riva sinistra") == plain.find("Il ponte visto dalla riva sinistra, a"));
    CHECK(has_line(plain, "Il cantiere è finito con due mesi di ritardo, ha detto il sindaco."));
    // (Under the text, in its order.)
    const std::size_t picture = plain.find("\nhttps://img.example/ponte.jpg\n");
    const std::size_t mayor = plain.find("\nhttps://comune.example/\n");
    CHECK(picture != std::string::npos);
    CHECK(mayor != std::string::npos);
    CHECK(picture > plain.find("ha detto il sindaco."));
    CHECK(picture < mayor);
}

TEST_CASE("a front matter keeps its keys but the title's and the description's, printed once", "[markdown]") {
    const std::string page = "---\n"
                             "title: \"Zürich: Die neue Tramlinie startet erst 2028\"\n"
                             "source: \"https://zeitung.example/tram-2028\"\n"
                             "author:\n"
                             "  - \"[[Anna Muster]]\"\n"
                             "  - \"[[Notizen/Beat Keller|Beat Keller]]\"\n"
                             "published: 2026-12-03\n"
                             "description: \"Der Bau verzögert sich um ein weiteres Jahr.\"\n"
                             "---\n"
                             "Der Bau verzögert sich um ein weiteres Jahr.\n";
    const std::string plain = markdown_plain(page);
    CHECK(has_line(plain, "Zürich: Die neue Tramlinie startet erst 2028"));
    CHECK(has_line(plain, "source: https://zeitung.example/tram-2028"));
    CHECK(has_line(plain, "author: Anna Muster, Beat Keller"));
    CHECK(has_line(plain, "published: 2026-12-03"));
    // (The description printed again under the front matter: once.)
    const std::string standfirst = "Der Bau verzögert sich um ein weiteres Jahr.";
    CHECK(plain.find(standfirst) == plain.rfind(standfirst));
    CHECK_FALSE(has_line(plain, "description: " + standfirst));
}

TEST_CASE("a clipped article in Markdown gives the record of the page it was clipped from", "[markdown]") {
    const std::string page =
        "---\n"
        "created: 2026-12-05T08:10:00 (UTC +01:00)\n"
        "source: https://journal.example/vaud/le-pont-de-lorval-rouvre\n"
        "author: Jeanne Morel\n"
        "---\n"
        "\n"
        "# Le pont de Lorval rouvre après six mois de travaux\n"
        "\n"
        "![Le pont de Lorval, mardi matin](https://img.journal.example/pont.jpg)\n"
        "\n"
        "Le pont de Lorval a rouvert mardi à la circulation après six mois de travaux de renforcement. Les "
        "automobilistes ont retrouvé leur trajet habituel dès six heures du matin.\n"
        "\n"
        "« Nous avons tenu les délais et le budget », a déclaré **Marc Dubois**, le municipal des travaux, lors de "
        "l'inauguration.\n"
        "\n"
        "## Un chantier suivi de près\n"
        "\n"
        "Les commerçants du quartier, qui avaient dénoncé une baisse de leur chiffre d'affaires, se disent soulagés. "
        "La [Société des commerçants](https://commerce.example/) a salué une réouverture attendue.\n"
        "\n"
        "Le coût final des travaux atteint 4,2 millions de francs, soit 200 000 francs de moins que prévu.\n";
    const Article a = parse(page);
    CHECK(a.headline.value_or("") == "Le pont de Lorval rouvre après six mois de travaux");
    CHECK(a.authors == std::vector<std::string>{"Jeanne Morel"});
    // (The day a reader clipped the page is no day of the article.)
    CHECK_FALSE(a.published.has_value());
    // (The address the clipper noted is no picture's credit.)
    CHECK(std::none_of(a.media.begin(), a.media.end(),
                       [](const Media& m) { return m.credit && m.credit->find("https://") != std::string::npos; }));
    REQUIRE(a.sections.size() == 2);
    CHECK(a.sections[1].heading.value_or("") == "Un chantier suivi de près");
    REQUIRE(!a.quotes.empty());
    CHECK(a.quotes[0].text == "Nous avons tenu les délais et le budget");
    CHECK(a.quotes[0].speaker.value_or("") == "Marc Dubois");
    bool link_text = false;
    for (const auto& s : a.sections)
        for (const auto& p : s.paragraphs)
            link_text = link_text || p.find("La Société des commerçants a salué") != std::string::npos;
    CHECK(link_text);
    // Every line decode() gives is in the record, the link's address among them; the warning says how it was read.
    CHECK(lost_lines(a, decode(page).text).empty());
    CHECK(std::find(a.boilerplate.begin(), a.boilerplate.end(), "https://commerce.example/") != a.boilerplate.end());
    CHECK(std::any_of(a.warnings.begin(), a.warnings.end(),
                      [](const std::string& w) { return w.starts_with("read as Markdown"); }));
}

TEST_CASE("a page's text with brackets and hashes is read as it is", "[markdown]") {
    const std::string page = "Accueil\nSport\n"
                             "# 12 commentaires\n"
                             "Le FC Lorval bat Sion 2-1 [vidéo]\n"
                             "Le FC Lorval a battu Sion 2-1 samedi soir devant 8000 spectateurs, grâce à un but "
                             "**tardif** de son capitaine.\n";
    REQUIRE_FALSE(markdown_text(page));
    CHECK(decode(page).text == page);
}

TEST_CASE("marks that never close are read within a bounded span and kept as they are", "[markdown]") {
    // A broken export: a line of thousands of opening brackets, stars, angles or half links, none closed. Each mark's
    // mate is looked for within 2,000 bytes (not to the line's end from every mark: quadratic on such a line), so a
    // link whose text closes farther than that is left as written, and one that closes near is read.
    const std::string front = "---\ntitle: \"Hafen\"\n---\n";
    const std::string brackets(30000, '[');
    std::string stars;
    std::string angles;
    std::string halves;
    for (int i = 0; i < 6000; ++i) {
        for (std::string* line : {&stars, &angles, &halves})
            if (i > 0)
                line->push_back(' ');
        stars += "**a";
        angles += "<http";
        halves += "[x](a b";
    }
    const std::string far_link = "[" + std::string(2500, 'w') + "](https://far.example/)";
    const std::string near_link = "Der [Hafen](https://port.example/) bleibt offen.";
    const std::string page = front + brackets + "\n\n" + stars + "\n\n" + angles + "\n\n" + halves + "\n\n" +
                             far_link + "\n\n" + near_link + "\n";
    REQUIRE(markdown_text(page));
    const std::string plain = markdown_plain(page);
    CHECK(has_line(plain, brackets));
    CHECK(has_line(plain, stars));
    CHECK(has_line(plain, angles));
    CHECK(has_line(plain, halves));
    CHECK(has_line(plain, far_link));
    CHECK(has_line(plain, "Der Hafen bleibt offen."));
    CHECK(has_line(plain, "https://port.example/"));
}
