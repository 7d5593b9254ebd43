package io.cleanair.alert.briefing;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import io.cleanair.alert.briefing.BriefingLayout.Block;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A briefing as a PDF drawn with Apache PDFBox: A4 pages, the text in the configured CJK
 * font (embedded as a subset), tables, and the charts as vector graphics.
 */
final class PdfBriefing {

	private static final float MARGIN = 40;

	private static final PDRectangle PAGE = PDRectangle.A4;

	private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

	private final PDDocument doc;

	private final PDType0Font font;

	private PDPageContentStream out;

	private float y;

	private PdfBriefing(PDDocument doc, PDType0Font font) {
		this.doc = doc;
		this.font = font;
	}

	static byte[] render(Briefing b, ZoneId zone, Path fontPath) {
		if (!Files.isReadable(fontPath)) {
			throw new FontMissingException(fontPath, null);
		}
		List<AutoCloseable> fonts = new ArrayList<>();
		try (PDDocument doc = new PDDocument()) {
			PDType0Font font = load(doc, fontPath, fonts);
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setTitle(BriefingLayout.title(b));
			info.setProducer("cleanair alert-service");
			PdfBriefing pdf = new PdfBriefing(doc, font);
			pdf.newPage();
			pdf.text(BriefingLayout.title(b), 18, Color.BLACK);
			pdf.text(BriefingLayout.subtitle(b, zone), 9, Color.GRAY);
			pdf.y -= 6;
			for (Block block : BriefingLayout.blocks(b, zone)) {
				pdf.draw(block);
			}
			pdf.out.close();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			doc.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			for (AutoCloseable f : fonts) {
				try {
					f.close();
				}
				catch (Exception e) {
					// nothing left to do with a font file that will not close
				}
			}
		}
	}

	private static PDType0Font load(PDDocument doc, Path path, List<AutoCloseable> open) throws IOException {
		String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		try {
			if (name.endsWith(".ttc")) {
				TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
				open.add(collection);
				AtomicReference<TrueTypeFont> first = new AtomicReference<>();
				collection.processAllFonts(f -> first.compareAndSet(null, f));
				return PDType0Font.load(doc, first.get(), true);
			}
			return PDType0Font.load(doc, path.toFile());
		}
		catch (IOException | RuntimeException e) {
			throw new FontMissingException(path, e);
		}
	}

	private void draw(Block block) throws IOException {
		if (block instanceof BriefingLayout.Heading h) {
			need(60);
			y -= 8;
			text(h.text(), 13, new Color(0xB2, 0x22, 0x22));
			line(MARGIN, y - 4, MARGIN + WIDTH, y - 4, new Color(0xB2, 0x22, 0x22), 1f);
			y -= 8;
		}
		else if (block instanceof BriefingLayout.Paragraph p) {
			for (String line : wrap(p.text(), 10, WIDTH)) {
				need(14);
				text(line, 10, p.emphasis() ? new Color(0xB2, 0x22, 0x22) : Color.BLACK);
			}
		}
		else if (block instanceof BriefingLayout.Table t) {
			table(t);
		}
		else if (block instanceof BriefingLayout.ProgressChart c) {
			progress(c);
		}
		else if (block instanceof BriefingLayout.Pm25Chart c) {
			pm25(c);
		}
	}

	private void table(BriefingLayout.Table t) throws IOException {
		float size = 8.5f;
		int columns = t.headers().size();
		float[] widths = new float[columns];
		for (int c = 0; c < columns; c++) {
			float w = width(t.headers().get(c), size);
			for (List<String> row : t.rows()) {
				w = Math.max(w, width(row.get(c), size));
			}
			widths[c] = w + 8;
		}
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		if (total > WIDTH) {
			// shrink the widest columns; their text wraps
			float excess = total - WIDTH;
			for (int c = 0; c < columns && excess > 0; c++) {
				float fair = WIDTH / columns;
				if (widths[c] > fair) {
					float cut = Math.min(excess, widths[c] - fair);
					widths[c] -= cut;
					excess -= cut;
				}
			}
		}
		row(t.headers(), widths, size, new Color(0xEE, 0xEE, 0xEE));
		for (int r = 0; r < t.rows().size(); r++) {
			row(t.rows().get(r), widths, size, t.marked().get(r) ? new Color(0xFD, 0xE8, 0xE8) : null);
		}
		y -= 6;
	}

	private void row(List<String> cells, float[] widths, float size, Color fill) throws IOException {
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 1;
		for (int c = 0; c < cells.size(); c++) {
			List<String> w = wrap(cells.get(c), size, widths[c] - 6);
			wrapped.add(w);
			lines = Math.max(lines, w.size());
		}
		float height = lines * (size + 3) + 4;
		need(height);
		float x = MARGIN;
		for (int c = 0; c < cells.size(); c++) {
			if (fill != null) {
				out.setNonStrokingColor(fill);
				out.addRect(x, y - height, widths[c], height);
				out.fill();
			}
			out.setStrokingColor(new Color(0xCC, 0xCC, 0xCC));
			out.setLineWidth(0.5f);
			out.addRect(x, y - height, widths[c], height);
			out.stroke();
			float ty = y - size - 2;
			for (String line : wrapped.get(c)) {
				show(line, x + 3, ty, size, Color.BLACK);
				ty -= size + 3;
			}
			x += widths[c];
		}
		y -= height;
	}

	private void progress(BriefingLayout.ProgressChart c) throws IOException {
		Charts.Progress g = Charts.progress(c.targets(), WIDTH, 18);
		need((float) g.height() + 24);
		text(c.title(), 10, Color.BLACK);
		float top = y - 4;
		for (Charts.Bar bar : g.bars()) {
			float by = top - (float) bar.y();
			show(bar.label(), MARGIN, by - 12, 8.5f, Color.BLACK);
			out.setNonStrokingColor(bar.onPace() ? new Color(0x3A, 0x9A, 0x3A) : new Color(0xE0, 0x8A, 0x1E));
			out.addRect(MARGIN + (float) g.left(), by - 14, (float) Math.max(bar.length(), 0.5), 12);
			out.fill();
			float tx = MARGIN + (float) (g.left() + bar.target());
			line(tx, by - 16, tx, by, new Color(0xB2, 0x22, 0x22), 2f);
			show(bar.value(), MARGIN + (float) (g.left() + Math.max(bar.length(), bar.target())) + 5, by - 12, 8.5f,
					Color.DARK_GRAY);
		}
		float ly = top - (float) g.height() + 4;
		out.setNonStrokingColor(new Color(0x3A, 0x9A, 0x3A));
		out.addRect(MARGIN + (float) g.left(), ly, 10, 8);
		out.fill();
		show(c.goodLabel(), MARGIN + (float) g.left() + 14, ly, 8.5f, Color.BLACK);
		float tx = MARGIN + (float) g.left() + 110;
		line(tx, ly - 1, tx, ly + 9, new Color(0xB2, 0x22, 0x22), 2f);
		show(c.targetLabel(), tx + 5, ly, 8.5f, Color.BLACK);
		y = top - (float) g.height() - 8;
	}

	private void pm25(BriefingLayout.Pm25Chart c) throws IOException {
		Charts.Lines g = Charts.lines(c.months(), WIDTH, 200);
		need((float) g.height() + 30);
		y -= 6;
		text(c.title(), 10, Color.BLACK);
		float top = y;
		line(x(g.left()), yy(top, g.bottom()), x(g.right()), yy(top, g.bottom()), Color.GRAY, 0.8f);
		line(x(g.left()), yy(top, g.top()), x(g.left()), yy(top, g.bottom()), Color.GRAY, 0.8f);
		for (Charts.Tick t : g.yTicks()) {
			show(t.label(), MARGIN, yy(top, t.position()) - 3, 7.5f, Color.DARK_GRAY);
		}
		for (Charts.Tick t : g.xTicks()) {
			show(t.label(), x(t.position()) - 3, yy(top, g.bottom()) - 11, 7.5f, Color.DARK_GRAY);
		}
		polyline(g.lastYear(), top, Color.GRAY, true);
		polyline(g.thisYear(), top, new Color(0xC0, 0x39, 0x2B), false);
		line(x(g.right() - 200), yy(top, 12), x(g.right() - 180), yy(top, 12), new Color(0xC0, 0x39, 0x2B), 2f);
		show(c.thisYearLabel(), x(g.right() - 176), yy(top, 12) - 3, 8, Color.BLACK);
		out.setLineDashPattern(new float[] { 4, 3 }, 0);
		line(x(g.right() - 100), yy(top, 12), x(g.right() - 80), yy(top, 12), Color.GRAY, 2f);
		out.setLineDashPattern(new float[] {}, 0);
		show(c.lastYearLabel(), x(g.right() - 76), yy(top, 12) - 3, 8, Color.BLACK);
		y = top - (float) g.height() - 6;
	}

	private void polyline(List<double[]> points, float top, Color colour, boolean dashed) throws IOException {
		if (points.isEmpty()) {
			return;
		}
		out.setStrokingColor(colour);
		out.setLineWidth(1.6f);
		out.setLineDashPattern(dashed ? new float[] { 4, 3 } : new float[] {}, 0);
		out.moveTo(x(points.get(0)[0]), yy(top, points.get(0)[1]));
		for (double[] p : points.subList(1, points.size())) {
			out.lineTo(x(p[0]), yy(top, p[1]));
		}
		out.stroke();
		out.setLineDashPattern(new float[] {}, 0);
		out.setNonStrokingColor(colour);
		for (double[] p : points) {
			out.addRect(x(p[0]) - 2, yy(top, p[1]) - 2, 4, 4);
			out.fill();
		}
	}

	private static float x(double chartX) {
		return MARGIN + (float) chartX;
	}

	private static float yy(float top, double chartY) {
		return top - (float) chartY;
	}

	private void text(String s, float size, Color colour) throws IOException {
		need(size + 6);
		y -= size + 4;
		show(s, MARGIN, y, size, colour);
	}

	private void show(String s, float x, float baseline, float size, Color colour) throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.setNonStrokingColor(colour);
		out.newLineAtOffset(x, baseline);
		out.showText(printable(s));
		out.endText();
	}

	private void line(float x1, float y1, float x2, float y2, Color colour, float width) throws IOException {
		out.setStrokingColor(colour);
		out.setLineWidth(width);
		out.moveTo(x1, y1);
		out.lineTo(x2, y2);
		out.stroke();
	}

	private void need(float height) throws IOException {
		if (y - height < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (out != null) {
			out.close();
		}
		PDPage page = new PDPage(PAGE);
		doc.addPage(page);
		out = new PDPageContentStream(doc, page);
		y = PAGE.getHeight() - MARGIN;
	}

	private float width(String s, float size) throws IOException {
		return font.getStringWidth(printable(s)) / 1000 * size;
	}

	private List<String> wrap(String s, float size, float max) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			String ch = new String(Character.toChars(cp));
			if (line.length() > 0 && width(line + ch, size) > max) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(ch);
			i += Character.charCount(cp);
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * Keeps what the font can draw; anything else (a control character, a glyph it lacks)
	 * becomes '?'.
	 */
	private String printable(String s) {
		StringBuilder b = new StringBuilder(s.length());
		s.codePoints().forEach(cp -> {
			String ch = new String(Character.toChars(cp));
			try {
				font.encode(ch);
				b.append(ch);
			}
			catch (IOException | IllegalArgumentException e) {
				b.append('?');
			}
		});
		return b.toString();
	}

}
