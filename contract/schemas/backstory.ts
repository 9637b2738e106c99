/** The Backstory API's form body. */
import { z } from 'zod/mini';
import { limits } from '../limits';
import { textField } from './fields';

export const backstoryRequest = z.object({
  inputText: textField('inputText', limits.inputTextMax),
  charName: textField('charName', limits.nameMax),
});
