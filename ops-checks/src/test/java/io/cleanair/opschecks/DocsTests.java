package io.cleanair.opschecks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * README.md and {@code docs/} stand on their own: lines a reader can read without
 * scrolling, links that lead somewhere in the repository, and code that cites a clause of
 * a standard or a page of this repository rather than a document it does not contain.
 */
class DocsTests {

	static final Path ROOT = RepositoryFiles.root();

	static final int MAX_LINE = 200;

	static final Pattern RELATIVE_LINK = Pattern.compile("\\]\\((?!https?:|mailto:|#)([^)#\\s]+)(#[^)]*)?\\)");

	static final Pattern OUTSIDE_CITATION = Pattern
		.compile("\\bspec \u00a7|domain" + "-spec|\\.\\./shared/docs|\u26a0|\\bissue \\d+|\\bthe issue\\b|issue[']s");

	@Test
	void noLineOfTheDocsIsLongerThan200Characters() {
		List<String> longLines = new ArrayList<>();
		for (Path page : pages()) {
			List<String> lines = read(page);
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).length() > MAX_LINE) {
					longLines.add(ROOT.relativize(page) + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
				}
			}
		}
		assertThat(longLines).isEmpty();
	}

	@Test
	void everyRelativeLinkLeadsToAFileOfTheRepository() {
		List<String> broken = new ArrayList<>();
		for (Path page : pages()) {
			Matcher link = RELATIVE_LINK.matcher(String.join("\n", read(page)));
			while (link.find()) {
				Path target = page.getParent().resolve(link.group(1)).normalize();
				if (!Files.exists(target)) {
					broken.add(ROOT.relativize(page) + " → " + link.group(1));
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void docsAndCodeCiteOnlyStandardsAndPagesOfTheRepository() {
		List<String> citations = new ArrayList<>();
		for (Path file : sourcesAndPages()) {
			List<String> lines = read(file);
			for (int i = 0; i < lines.size(); i++) {
				if (OUTSIDE_CITATION.matcher(lines.get(i)).find()) {
					citations.add(ROOT.relativize(file) + ":" + (i + 1));
				}
			}
		}
		assertThat(citations).isEmpty();
	}

	@Test
	void theStartPageListsEveryPageOfTheDocs() throws IOException {
		String start = Files.readString(ROOT.resolve("docs/README.md"));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			List<String> unlisted = docs.map(p -> p.getFileName().toString())
				.filter(name -> name.endsWith(".md") && !name.equals("README.md"))
				.filter(name -> !start.contains("(" + name + ")"))
				.toList();
			assertThat(unlisted).isEmpty();
		}
	}

	private static List<Path> pages() {
		List<Path> pages = new ArrayList<>();
		pages.add(ROOT.resolve("README.md"));
		pages.addAll(files(ROOT.resolve("docs"), ".md"));
		return pages;
	}

	private static List<Path> sourcesAndPages() {
		List<Path> files = new ArrayList<>(pages());
		try (Stream<Path> modules = Files.list(ROOT)) {
			modules.filter(dir -> Files.isDirectory(dir.resolve("src")))
				.forEach(module -> files.addAll(files(module.resolve("src"), ".java")));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
