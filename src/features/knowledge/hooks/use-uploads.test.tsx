// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/api/client';
import type * as knowledgeApi from '@/api/knowledge';
import { knowledgeKeys, updateDocument, uploadDocument, type UploadOptions } from '@/api/knowledge';
import type { KnowledgeDocument } from '@contract/schemas/knowledge';
import { createTestQueryClient, withQueryClient } from '@/testing/render';
import { useUploads } from './use-uploads';

vi.mock('@/api/knowledge', async (importOriginal) => ({
  ...(await importOriginal<typeof knowledgeApi>()),
  uploadDocument: vi.fn(),
  updateDocument: vi.fn(),
}));

const documentOf = (id: string, file_name: string): KnowledgeDocument => ({
  id,
  file_name,
  is_available: false,
  status: 'inactive',
  timestamp: '2025-01-01 10:00:00',
  file_size: '10',
  processing_status: 'processing',
  processing_error: null,
  passage_count: null,
});

/** Each upload waits until the test answers it. */
function pendingUploads() {
  const calls = new Map<
    string,
    { resolve: (document: KnowledgeDocument) => void; reject: (error: unknown) => void; options: UploadOptions }
  >();
  vi.mocked(uploadDocument).mockImplementation(
    (file: File, options: UploadOptions = {}) =>
      new Promise((resolve, reject) => {
        calls.set(file.name, { resolve, reject, options });
        options.signal?.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError')));
      }),
  );
  return calls;
}

const setup = () => {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(knowledgeKeys.list('char-1'), [documentOf('old', 'old.txt')]);
  const view = renderHook(() => useUploads(), { wrapper: withQueryClient(queryClient) });
  return { queryClient, ...view };
};

beforeEach(() => {
  vi.mocked(uploadDocument).mockReset();
  vi.mocked(updateDocument).mockReset();
});

describe('useUploads', () => {
  it('uploads each file on its own: one refused keeps its reason, the others arrive in the lists', async () => {
    const calls = pendingUploads();
    const { result, queryClient } = setup();
    act(() => result.current.upload([new File(['a'], 'lore.md'), new File([], 'empty.txt')]));
    expect(result.current.uploads.map((upload) => [upload.file.name, upload.state])).toEqual([
      ['lore.md', 'uploading'],
      ['empty.txt', 'uploading'],
    ]);

    act(() => calls.get('lore.md')?.options.onProgress?.(0.5));
    expect(result.current.uploads[0].progress).toBe(0.5);

    await act(async () => calls.get('empty.txt')?.reject(new ApiError('The file is empty.', 400)));
    await act(async () => calls.get('lore.md')?.resolve(documentOf('new', 'lore.md')));

    await waitFor(() => expect(result.current.uploads).toHaveLength(1));
    expect(result.current.uploads[0]).toMatchObject({ state: 'failed', error: { message: 'The file is empty.' } });
    expect(result.current.uploads[0].file.name).toBe('empty.txt');
    const listed = queryClient.getQueryData<KnowledgeDocument[]>(knowledgeKeys.list('char-1'));
    expect(listed?.map((document) => document.id)).toEqual(['old', 'new']);
  });

  it('cancels an upload, and dismisses a refused one', async () => {
    const calls = pendingUploads();
    const { result } = setup();
    act(() => result.current.upload([new File(['a'], 'lore.md'), new File(['b'], 'notes.txt')]));
    await act(async () => result.current.cancel(result.current.uploads[0].key));
    await waitFor(() => expect(result.current.uploads.map((upload) => upload.file.name)).toEqual(['notes.txt']));

    await act(async () => calls.get('notes.txt')?.reject(new ApiError('Could not reach the server.', 0)));
    expect(result.current.uploads[0].state).toBe('failed');
    act(() => result.current.dismiss(result.current.uploads[0].key));
    expect(result.current.uploads).toEqual([]);
  });

  it('tries a failed file again with the same file', async () => {
    const calls = pendingUploads();
    const { result } = setup();
    act(() => result.current.upload([new File(['a'], 'lore.md')]));
    await act(async () => calls.get('lore.md')?.reject(new ApiError('Could not reach the server.', 0)));
    act(() => result.current.retry(result.current.uploads[0].key));
    expect(result.current.uploads[0]).toMatchObject({ state: 'uploading', progress: 0, error: null });
    expect(uploadDocument).toHaveBeenCalledTimes(2);
    await act(async () => calls.get('lore.md')?.resolve(documentOf('new', 'lore.md')));
    await waitFor(() => expect(result.current.uploads).toEqual([]));
  });

  it('refuses a file over the limit without sending it', () => {
    const { result } = setup();
    const huge = new File(['x'], 'atlas.pdf');
    Object.defineProperty(huge, 'size', { value: 31 * 1024 * 1024 });
    act(() => result.current.upload([huge]));
    expect(uploadDocument).not.toHaveBeenCalled();
    expect(result.current.uploads[0]).toMatchObject({
      state: 'failed',
      error: { message: 'atlas.pdf is larger than 25 MB, the most the knowledge bank takes (it is 31 MB).' },
    });
  });

  it('sends a new version of a document with its id, keeping the document’s connection', async () => {
    const { result, queryClient } = setup();
    queryClient.setQueryData(knowledgeKeys.list('char-1'), [{ ...documentOf('old', 'old.txt'), status: 'active' }]);
    vi.mocked(updateDocument).mockResolvedValue(documentOf('old', 'old-v2.txt'));
    act(() => result.current.replace('old', new File(['v2'], 'old-v2.txt')));
    expect(result.current.uploads[0].documentId).toBe('old');
    await waitFor(() => expect(result.current.uploads).toEqual([]));
    expect(vi.mocked(updateDocument).mock.calls[0][0]).toBe('old');
    expect(queryClient.getQueryData(knowledgeKeys.list('char-1'))).toEqual([
      expect.objectContaining({ id: 'old', file_name: 'old-v2.txt', status: 'active' }),
    ]);
  });

  it('keeps the uploads when the page that started them goes (another page of the same dashboard shows them)', async () => {
    const calls = pendingUploads();
    const { result, queryClient, unmount } = setup();
    act(() => result.current.upload([new File(['a'], 'lore.md')]));
    unmount();
    const other = renderHook(() => useUploads(), { wrapper: withQueryClient(queryClient) });
    expect(other.result.current.uploads.map((upload) => upload.file.name)).toEqual(['lore.md']);
    await act(async () => calls.get('lore.md')?.resolve(documentOf('new', 'lore.md')));
    await waitFor(() => expect(other.result.current.uploads).toEqual([]));
    expect(queryClient.getQueryData<KnowledgeDocument[]>(knowledgeKeys.list('char-1'))?.map((document) => document.id)).toEqual([
      'old',
      'new',
    ]);
  });
});
