package org.activationlab.layers;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasColMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_sgemm;

import org.activationlab.updater.FloatVectors;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * c = op(a)·op(b), handed straight to the BLAS that ND4J loaded (OpenBLAS), in whatever memory order each
 * matrix already has.
 *
 * <p>Why: ND4J's {@code Nd4j.gemm} (the {@code Mmul} op) wants a column-major result. The layers' results
 * (z and dL/dx) are row-major, so for each of them libnd4j allocates a column-major copy, multiplies into
 * it and copies it back, transposing; with the op's fixed cost that made its products about 1.2–1.5× slower than the
 * same {@code sgemm} called directly (BENCHMARKS.md, round 3). Here a row-major result is computed as its
 * transpose in column-major terms, cᵀ = op(b)ᵀ·op(a)ᵀ, which needs no copy: both are one
 * {@code cblas_?gemm} call on the arrays' own memory. Each element is the same k-ordered sum either way
 * (GemmTest checks the results equal {@code Nd4j.gemm}'s bit for bit).
 *
 * <p>Anything else (mixed types, non-contiguous views, empty or non-matrix arrays) goes to {@code Nd4j.gemm}.
 */
public final class Gemm {
    /**
     * JavaCPP's switch to load a library of another name in place of the bundled OpenBLAS (e.g. {@code mkl_rt});
     * {@code openblas} names the bundled one (the system's is loaded with {@code -Dorg.bytedeco.javacpp.pathsFirst=true}).
     */
    public static final String LIBRARY_PROPERTY = "org.bytedeco.openblas.load";
    private static final Pattern CACHED_JAR = Pattern.compile("/([^/]+\\.jar)/");

    private Gemm() {
    }

    /**
     * The BLAS the products run on, as the file JavaCPP loaded for it: which OpenBLAS build (the native jar
     * it came from, e.g. {@code openblas-0.3.19-1.5.7-linux-x86_64.jar}), or the path of a system library.
     * Read from the loader rather than from the Java bindings' version: {@code -D}{@value #LIBRARY_PROPERTY}{@code =openblas},
     * which this project once documented as "the system's OpenBLAS", loads the bundled library, and JavaCPP
     * silently keeps the bundled library when it cannot load a requested one.
     */
    public static String library() {
        Nd4j.getBackend(); // ND4J loads the library its products link to
        Map<String, String> loaded = Loader.getLoadedLibraries();
        String path = Stream.of("openblas@.0", "openblas", "openblas_nolapack@.0").map(loaded::get)
                .filter(Objects::nonNull).findFirst().orElse("(no OpenBLAS library loaded)");
        String chosen = System.getProperty(LIBRARY_PROPERTY);
        return chosen == null || chosen.isBlank() ? "OpenBLAS " + nativeJar(path)
                : "'" + chosen + "' requested with -D" + LIBRARY_PROPERTY + ", loaded " + nativeJar(path);
    }

    /** JavaCPP extracts each jar's libraries under a directory named after the jar: that name, else the path. */
    static String nativeJar(String loadedPath) {
        Matcher jar = CACHED_JAR.matcher(loadedPath);
        return jar.find() ? "from " + jar.group(1) : loadedPath;
    }

    /** c = op(a)·op(b) (α = 1, β = 0), returned. */
    public static INDArray product(INDArray a, boolean transposeA, INDArray b, boolean transposeB, INDArray c) {
        Layout la = Layout.of(a);
        Layout lb = Layout.of(b);
        Layout lc = Layout.of(c);
        DataType type = c.dataType();
        if (la == null || lb == null || lc == null || a.dataType() != type || b.dataType() != type
                || (type != DataType.FLOAT && type != DataType.DOUBLE)) {
            return Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        }
        long m = c.rows();
        long n = c.columns();
        long k = transposeA ? a.rows() : a.columns();
        if ((transposeA ? a.columns() : a.rows()) != m || (transposeB ? b.rows() : b.columns()) != n
                || (transposeB ? b.columns() : b.rows()) != k) {
            return Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0); // let ND4J report the shape mismatch
        }
        if (lc.columnMajor) {
            call(type, m, n, k, la, transposeA, a, lb, transposeB, b, lc, c);
        } else { // cᵀ = op(b)ᵀ·op(a)ᵀ, column-major (n × m)
            call(type, n, m, k, lb, !transposeB, b, la, !transposeA, a, lc, c);
        }
        return c;
    }

    /** A column of ones per thread, as long as the longest asked for (a rank-1 product's left factor). */
    private static final ThreadLocal<FloatPointer> ONES = new ThreadLocal<>();

    /**
     * z += b on every row of a row-major float matrix z, as the rank-1 product ones·b added by one
     * {@code sgemm} (k = 1, β = 1), or false, having done nothing, when z or b is not laid out for it or z
     * has a single row or column.
     *
     * <p>Each element gets z + (+0 + 1·b): the BLAS's accumulator starts at +0 and 1·b is exact, so this is
     * z + b bit for bit except where z and b are both −0 (this gives +0). A product's z is never −0, as its
     * accumulator starts at +0 too, so after {@link #product} the bias add is exactly ND4J's
     * ({@code RowBiasTest}, {@code GemmTest}); a NaN sum is NaN either way, its payload the BLAS's.
     */
    static boolean addToRows(INDArray z, INDArray bias) {
        Layout lz = Layout.of(z);
        // one row or one column: OpenBLAS 0.3.19 gives wrong sums for m = 1 or n = 1 with β = 1 (RowBiasTest)
        if (lz == null || lz.columnMajor || z.rows() < 2 || z.columns() < 2 || z.dataType() != DataType.FLOAT
                || !FloatVectors.contiguous(bias, z.columns()) || bias.offset() != bias.data().offset()) {
            return false;
        }
        int rows = (int) z.rows();
        int columns = (int) z.columns();
        // column-major terms: zᵀ (columns × rows) += bᵀ (columns × 1) · onesᵀ (1 × rows)
        cblas_sgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, columns, rows, 1, 1f,
                new FloatPointer(bias.data().addressPointer()), columns, ones(rows), 1, 1f,
                new FloatPointer(z.data().addressPointer()), lz.leading);
        return true;
    }

    private static FloatPointer ones(int n) {
        FloatPointer ones = ONES.get();
        if (ones == null || ones.capacity() < n) {
            ones = new FloatPointer(Math.max(n, 1));
            for (long i = 0; i < ones.capacity(); i++) {
                ones.put(i, 1f);
            }
            ONES.set(ones);
        }
        return ones;
    }

    /** Column-major c (m × n, leading dimension ldc) = op(x)·op(y), each op given in column-major terms. */
    private static void call(DataType type, long m, long n, long k, Layout lx, boolean transposeX, INDArray x,
                             Layout ly, boolean transposeY, INDArray y, Layout lc, INDArray c) {
        // a row-major matrix is the column-major view of its transpose: flip its operation
        int opX = transposeX != !lx.columnMajor ? CblasTrans : CblasNoTrans;
        int opY = transposeY != !ly.columnMajor ? CblasTrans : CblasNoTrans;
        if (type == DataType.FLOAT) {
            cblas_sgemm(CblasColMajor, opX, opY, (int) m, (int) n, (int) k, 1f,
                    new FloatPointer(x.data().addressPointer()), lx.leading, new FloatPointer(y.data().addressPointer()),
                    ly.leading, 0f, new FloatPointer(c.data().addressPointer()), lc.leading);
        } else {
            cblas_dgemm(CblasColMajor, opX, opY, (int) m, (int) n, (int) k, 1.0,
                    new DoublePointer(x.data().addressPointer()), lx.leading, new DoublePointer(y.data().addressPointer()),
                    ly.leading, 0.0, new DoublePointer(c.data().addressPointer()), lc.leading);
        }
    }

    /** A matrix's memory order and leading dimension, or null when BLAS cannot take it as it is. */
    private record Layout(boolean columnMajor, int leading) {
        static Layout of(INDArray a) {
            if (a.rank() != 2 || a.isEmpty() || a.length() > Integer.MAX_VALUE || a.offset() != a.data().offset()) {
                return null; // the buffer's address starts at the view's offset only when the two agree
            }
            long s0 = a.stride(0);
            long s1 = a.stride(1);
            if (s1 == 1 && s0 >= a.columns() && s0 <= Integer.MAX_VALUE) {
                return new Layout(false, (int) s0);
            }
            if (s0 == 1 && s1 >= a.rows() && s1 <= Integer.MAX_VALUE) {
                return new Layout(true, (int) s1);
            }
            return null;
        }
    }
}
