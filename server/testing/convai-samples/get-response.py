# The Interaction API's Python sample from Convai's documentation, as a user copies it: only the
# URL, the key and the character's id are changed (by the test, in place of the placeholders).
import requests
import base64

url = "https://api.convai.com/character/getResponse"

payload={'userText': 'What is your name ?','charID': '<your character id>','sessionID': '-1','voiceResponse': 'True'}
headers = {'CONVAI-API-KEY': '<your api key>'}

response = requests.request("POST", url, headers=headers, data=payload)

data = response.json()
character_response = data["text"]
decode_string = base64.b64decode(data["audio"])

with open('audioResponse.wav','wb') as f:
  f.write(decode_string)
